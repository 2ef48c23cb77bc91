package org.demarche.kb.people;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Stand-in: same surname key, and first initials agree when both have one. */
public final class IdentityMatcher {
    public double score(PersonSighting sighting, IdentityProfile candidate) {
        if (candidate.aliases().stream().noneMatch(a -> !java.util.Collections.disjoint(
                NameForms.blockingKeys(a), NameForms.blockingKeys(sighting.name())))) {
            return 0;
        }
        String initial = initial(sighting.name());
        boolean conflict = initial != null && candidate.aliases().stream()
                .map(IdentityMatcher::initial).anyMatch(i -> i != null && !i.equals(initial));
        return conflict ? 0 : candidate.aliases().contains(sighting.name()) ? 1 : 0.8;
    }

    public Optional<IdentityProfile> best(PersonSighting sighting, Collection<IdentityProfile> candidates) {
        return candidates.stream().filter(c -> score(sighting, c) > 0.5)
                .max(Comparator.comparingDouble((IdentityProfile c) -> score(sighting, c))
                        .thenComparing(c -> -c.id()));
    }

    public String canonicalName(Collection<String> aliases) {
        return aliases.stream().max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    private static String initial(String name) {
        String[] words = name.trim().split("\\s+");
        return words.length < 2 ? null : words[0].substring(0, 1).toLowerCase(Locale.ROOT);
    }
}
