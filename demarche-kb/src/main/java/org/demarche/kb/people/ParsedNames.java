package org.demarche.kb.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One person's spellings and roles as {@link IdentityMatcher} compares them, parsed once: romanising and parsing a
 * name costs far more than comparing it, and a store compares the same identity with thousands of sightings.
 * Immutable; {@link #plus} parses only the names it has not seen.
 *
 * <p>A one-word name that is the first name of a fuller name in the same set ("Bill" beside "Bill Dunmore") is
 * that first name used alone, not a surname: it gives no surname and no blocking key. Otherwise one person's
 * first name would join the identity of anybody else with that first name ("Bill Dunmore" and "Bill de Vass").
 */
public final class ParsedNames {
    private final Map<String, PersonName> parsed;
    private final Set<String> roles;
    /** The names that carry a surname (first names used alone left out). */
    private final List<PersonName> names;
    private final Set<String> surnameKeys;
    private final Set<String> suffixes;
    private final List<Set<String>> roleWords;

    private ParsedNames(Map<String, PersonName> parsed, Set<String> roles) {
        this.parsed = parsed;
        this.roles = roles;
        this.names = withSurnames(parsed.values());
        Set<String> keys = new LinkedHashSet<>();
        Set<String> sfx = new HashSet<>();
        for (PersonName n : names) {
            keys.addAll(NameForms.surnameKeys(n.surname()));
            if (!n.suffix().isEmpty()) {
                sfx.add(n.suffix());
            }
        }
        this.surnameKeys = Collections.unmodifiableSet(keys);
        this.suffixes = Set.copyOf(sfx);
        this.roleWords = roles.stream().map(RoleWords::of).toList();
    }

    /** The names and roles of one identity. */
    public static ParsedNames of(Collection<String> names, Collection<String> roles) {
        return new ParsedNames(Map.of(), Set.of()).plus(names, roles);
    }

    /** A sighting's names (its name and variants) and roles. */
    public static ParsedNames of(PersonSighting sighting) {
        return of(sighting.allNames(), sighting.roles());
    }

    /** A profile's canonical name, aliases and roles. */
    public static ParsedNames of(IdentityProfile profile) {
        List<String> all = new ArrayList<>();
        all.add(profile.canonicalName());
        all.addAll(profile.aliases());
        return of(all, profile.roles());
    }

    /** These names and roles with more of each; only the new names are parsed. */
    public ParsedNames plus(Collection<String> moreNames, Collection<String> moreRoles) {
        Map<String, PersonName> p = new LinkedHashMap<>(parsed);
        for (String name : moreNames) {
            p.computeIfAbsent(name, PersonName::parse);
        }
        Set<String> r = new LinkedHashSet<>(roles);
        r.addAll(moreRoles);
        if (p.size() == parsed.size() && r.size() == roles.size()) {
            return this;
        }
        return new ParsedNames(Collections.unmodifiableMap(p), Collections.unmodifiableSet(r));
    }

    /** The keys under which identities that may be this person are looked up ({@link NameForms#blockingKeys}). */
    public Set<String> blockingKeys() {
        return surnameKeys;
    }

    List<PersonName> names() {
        return names;
    }

    Set<String> surnameKeys() {
        return surnameKeys;
    }

    Set<String> suffixes() {
        return suffixes;
    }

    List<Set<String>> roleWords() {
        return roleWords;
    }

    /** The parsed names with a surname, leaving out a one-word name that is another name's first name. */
    private static List<PersonName> withSurnames(Collection<PersonName> all) {
        Set<String> firstNames = new HashSet<>();
        for (PersonName n : all) {
            if (n.hasFullGivenName()) {
                firstNames.add(n.given().getFirst().key());
            }
        }
        List<PersonName> out = new ArrayList<>();
        for (PersonName n : all) {
            boolean firstNameAlone = n.given().isEmpty() && n.suffix().isEmpty() && firstNames.contains(n.surnameKey());
            if (!n.surnameKey().isEmpty() && !firstNameAlone) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    /** Role comparison: one role's content words (two or more) all within another's ("national security adviser"). */
    static final class RoleWords {
        private static final Set<String> FILLER = Set.of("the", "of", "for", "and", "a", "an", "s", "to", "on", "in");

        private RoleWords() {
        }

        static boolean shareARole(List<Set<String>> a, List<Set<String>> b) {
            for (Set<String> wx : a) {
                for (Set<String> wy : b) {
                    // A one-word role ("minister", "spokesman") says too little to tell namesakes apart.
                    if (Math.min(wx.size(), wy.size()) >= 2 && (wx.containsAll(wy) || wy.containsAll(wx))) {
                        return true;
                    }
                }
            }
            return false;
        }

        static Set<String> of(String role) {
            Set<String> out = new HashSet<>();
            for (String w : NameForms.latin(role).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!w.isEmpty() && !FILLER.contains(w)) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        }
    }
}
