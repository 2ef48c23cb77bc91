package org.demarche.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.people.ParsedNames;
import org.demarche.kb.people.PersonSighting;
import org.demarche.spark.Rows.SightingRow;

/**
 * The store's identity decisions, made in memory for the sightings of one cluster (those linked by blocking keys),
 * one sighting at a time in input order, as ingest makes them: the best of the identities sharing a key (the
 * {@link #MAX_CANDIDATES} named in most articles per key), else an identity displayed under exactly this name,
 * else a new identity. An organization joins the identity with its folded name. Not thread-safe: one per cluster.
 */
final class IdentityResolver {
    /** Candidates per blocking key at most (the store's People.MAX_CANDIDATES). */
    static final int MAX_CANDIDATES = 12;

    private final IdentityMatcher matcher = new IdentityMatcher();
    private final List<Identity> identities = new ArrayList<>();
    private final Map<String, List<Identity>> byKey = new HashMap<>();

    /** An identity as the store keeps it: display name, spellings, roles, keys, the articles that name it. */
    private final class Identity {
        final int number;
        final boolean organization;
        final String firstName;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> articles = new HashSet<>();
        String name;
        ParsedNames names;

        Identity(int number, String name, boolean organization) {
            this.number = number;
            this.firstName = name;
            this.name = name;
            this.organization = organization;
        }

        void add(SightingRow s) {
            aliases.add(s.name());
            aliases.addAll(s.variants());
            roles.addAll(s.roles());
            articles.add(s.articleId());
            name = organization ? firstName : matcher.canonicalName(aliases);
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            names = ParsedNames.of(all, roles);
            for (String key : s.keys()) {
                List<Identity> known = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (!known.contains(this)) {
                    known.add(this);
                }
            }
        }
    }

    /** The identity (numbered from 0 in order of creation) of the next sighting. */
    int resolve(SightingRow s) {
        Identity identity = find(s).orElseGet(() -> {
            Identity created = new Identity(identities.size(), s.name(), s.organization());
            identities.add(created);
            return created;
        });
        identity.add(s);
        return identity.number;
    }

    private Optional<Identity> find(SightingRow s) {
        Set<Identity> candidates = new LinkedHashSet<>();
        for (String key : s.keys()) {
            byKey.getOrDefault(key, List.of()).stream().filter(i -> i.organization == s.organization())
                    .sorted(Comparator.comparingInt((Identity i) -> -i.articles.size()).thenComparingInt(i -> i.number))
                    .limit(MAX_CANDIDATES).forEach(candidates::add);
        }
        if (s.organization()) {
            return candidates.stream().findFirst(); // the same folded organization name: the same organization
        }
        ParsedNames seen = ParsedNames.of(new PersonSighting(s.name(), s.variants(), s.roles(), s.seen(), s.outlet()));
        Optional<Identity> best = matcher.best(seen, List.copyOf(candidates), i -> i.names);
        if (best.isPresent()) {
            return best;
        }
        return identities.stream().filter(i -> !i.organization && i.name.equals(s.name())
                && i.aliases.contains(s.name())).findFirst();
    }
}
