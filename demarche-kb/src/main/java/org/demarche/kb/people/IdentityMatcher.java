package org.demarche.kb.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides whether a sighting is a known identity. The same person when the surname keys agree and nothing
 * conflicts: first names must be the same name or fit as initials, middle names and initials likewise when both
 * give one, suffixes ("Jr.") must agree. So "Jake Sullivan" and "John J. Sullivan" stay apart, "J. Sullivan"
 * fits both and goes to neither, and a bare "Sullivan" joins a namesake only when it is the only candidate or its
 * role tells them apart. Immutable and thread-safe.
 *
 * <p>Scores: 0 for a conflict or a different surname; otherwise 0.5 for the surname, plus 0.3 for agreeing
 * first names written out (0.15 when one is an initial), 0.1 for agreeing middle names and 0.1 for a shared role.
 */
public final class IdentityMatcher {
    /** The score of a surname alone: the least that {@link #best} accepts. */
    public static final double SURNAME_ONLY = 0.5;
    private static final double FULL_FIRST = 0.3;
    private static final double INITIAL_FIRST = 0.15;
    private static final double MIDDLE = 0.1;
    private static final double ROLE = 0.1;
    private static final double TIE = 1e-9;

    private final GivenNames givenNames = GivenNames.defaults();

    /** How well the sighting fits the identity, from 0 (a different person) to 1. */
    public double score(PersonSighting sighting, IdentityProfile candidate) {
        return score(parse(sighting.allNames().stream()), sighting.roles(), candidate);
    }

    private double score(List<PersonName> seen, List<String> roles, IdentityProfile candidate) {
        List<PersonName> known = parse(Stream.concat(Stream.of(candidate.canonicalName()), candidate.aliases().stream()));
        if (!sharesSurname(seen, known) || conflictingSuffix(seen, known)) {
            return 0;
        }
        double score = SURNAME_ONLY;
        Agreement first = agreement(givens(seen, 0), givens(known, 0));
        if (first == Agreement.CONFLICT) {
            return 0;
        }
        score += first == Agreement.FULL ? FULL_FIRST : first == Agreement.INITIAL ? INITIAL_FIRST : 0;
        Agreement middle = agreement(givens(seen, 1), givens(known, 1));
        if (middle == Agreement.CONFLICT) {
            return 0;
        }
        score += middle == Agreement.NONE ? 0 : MIDDLE;
        if (RoleWords.shareARole(roles, candidate.roles())) {
            score += ROLE;
        }
        return score;
    }

    /**
     * The identity this sighting belongs to: the best-scoring candidate, if it scores at least
     * {@link #SURNAME_ONLY} and no other candidate scores as well (a tie is ambiguous, so none is chosen).
     */
    public Optional<IdentityProfile> best(PersonSighting sighting, Collection<IdentityProfile> candidates) {
        IdentityProfile best = null;
        double bestScore = 0;
        double runnerUp = 0;
        List<PersonName> seen = parse(sighting.allNames().stream());
        for (IdentityProfile candidate : candidates) {
            double s = score(seen, sighting.roles(), candidate);
            if (s > bestScore + TIE) {
                runnerUp = bestScore;
                best = candidate;
                bestScore = s;
            } else if (s > runnerUp) {
                runnerUp = s;
            }
        }
        if (best == null || bestScore < SURNAME_ONLY - TIE || bestScore - runnerUp <= TIE) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * The display name among the spellings seen (repeats count as votes): Latin script first, then a name with a
     * first name written out, then the most frequent, then the shortest, then alphabetical order.
     */
    public String canonicalName(Collection<String> aliases) {
        if (aliases.isEmpty()) {
            throw new IllegalArgumentException("canonicalName needs at least one alias; got none");
        }
        Map<String, Integer> votes = new HashMap<>();
        for (String alias : aliases) {
            votes.merge(alias.strip().replaceAll("\\s+", " "), 1, Integer::sum);
        }
        Comparator<Map.Entry<String, Integer>> order = Comparator
                .comparing((Map.Entry<String, Integer> e) -> !NameForms.latin(e.getKey()).equals(e.getKey()))
                .thenComparing(e -> !PersonName.parse(e.getKey()).hasFullGivenName())
                .thenComparing(e -> -e.getValue())
                .thenComparing(e -> e.getKey().split(" ").length)
                .thenComparing(Map.Entry::getKey);
        return votes.entrySet().stream().min(order).orElseThrow().getKey();
    }

    private static List<PersonName> parse(Stream<String> names) {
        return names.map(PersonName::parse).filter(n -> !n.surnameKey().isEmpty()).toList();
    }

    private static boolean sharesSurname(List<PersonName> a, List<PersonName> b) {
        Set<String> keys = new HashSet<>();
        a.forEach(n -> keys.addAll(NameForms.surnameKeys(n.surname())));
        for (PersonName n : b) {
            for (String k : NameForms.surnameKeys(n.surname())) {
                if (keys.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean conflictingSuffix(List<PersonName> a, List<PersonName> b) {
        Set<String> sa = suffixes(a);
        Set<String> sb = suffixes(b);
        return !sa.isEmpty() && !sb.isEmpty() && sa.stream().noneMatch(sb::contains);
    }

    private static Set<String> suffixes(List<PersonName> names) {
        Set<String> out = new HashSet<>();
        names.stream().map(PersonName::suffix).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    /** The given names at {@code position} (0 first name, 1 the first middle name) among the names. */
    private static List<PersonName.GivenName> givens(List<PersonName> names, int position) {
        List<PersonName.GivenName> out = new ArrayList<>();
        for (PersonName n : names) {
            if (n.given().size() > position) {
                out.add(n.given().get(position));
            }
        }
        return out;
    }

    private enum Agreement { NONE, INITIAL, FULL, CONFLICT }

    /**
     * How two sets of given names at one position agree: NONE when a side has none, FULL when a written-out name
     * is the same name on both sides, INITIAL when only initials fit, CONFLICT when nothing fits.
     */
    private Agreement agreement(List<PersonName.GivenName> a, List<PersonName.GivenName> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Agreement.NONE;
        }
        boolean aFull = a.stream().anyMatch(g -> !g.initial());
        boolean bFull = b.stream().anyMatch(g -> !g.initial());
        if (aFull && bFull) {
            boolean same = a.stream().filter(g -> !g.initial())
                    .anyMatch(x -> b.stream().filter(g -> !g.initial()).anyMatch(y -> x.fits(y, givenNames)));
            return same ? Agreement.FULL : Agreement.CONFLICT;
        }
        boolean fits = a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.fits(y, givenNames)));
        return fits ? Agreement.INITIAL : Agreement.CONFLICT;
    }

    /** Role comparison: one role's content words (two or more) all within another's ("national security adviser"). */
    private static final class RoleWords {
        private static final Set<String> FILLER = Set.of("the", "of", "for", "and", "a", "an", "s", "to", "on", "in");

        static boolean shareARole(Collection<String> a, Collection<String> b) {
            for (String x : a) {
                Set<String> wx = words(x);
                for (String y : b) {
                    Set<String> wy = words(y);
                    // A one-word role ("minister", "spokesman") says too little to tell namesakes apart.
                    if (Math.min(wx.size(), wy.size()) >= 2 && (wx.containsAll(wy) || wy.containsAll(wx))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static Set<String> words(String role) {
            Set<String> out = new HashSet<>();
            for (String w : NameForms.latin(role).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!w.isEmpty() && !FILLER.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }
    }
}
