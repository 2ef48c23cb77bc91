package org.demarche.kb.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
        return score(ParsedNames.of(sighting), ParsedNames.of(candidate));
    }

    /** How well a person's names fit another's, parsed once ({@link ParsedNames}), from 0 to 1. */
    public double score(ParsedNames seen, ParsedNames known) {
        if (!sharesSurname(seen, known) || conflictingSuffix(seen, known)) {
            return 0;
        }
        double score = SURNAME_ONLY;
        Agreement first = agreement(givens(seen.names(), 0), givens(known.names(), 0));
        if (first == Agreement.CONFLICT) {
            return 0;
        }
        score += first == Agreement.FULL ? FULL_FIRST : first == Agreement.INITIAL ? INITIAL_FIRST : 0;
        Agreement middle = agreement(givens(seen.names(), 1), givens(known.names(), 1));
        if (middle == Agreement.CONFLICT) {
            return 0;
        }
        score += middle == Agreement.NONE ? 0 : MIDDLE;
        if (ParsedNames.RoleWords.shareARole(seen.roleWords(), known.roleWords())) {
            score += ROLE;
        }
        return score;
    }

    /**
     * The identity this sighting belongs to: the best-scoring candidate, if it scores at least
     * {@link #SURNAME_ONLY} and no other candidate scores as well (a tie is ambiguous, so none is chosen).
     */
    public Optional<IdentityProfile> best(PersonSighting sighting, Collection<IdentityProfile> candidates) {
        return best(ParsedNames.of(sighting), candidates, ParsedNames::of);
    }

    /**
     * {@link #best(PersonSighting, Collection)} for callers that keep their candidates' names parsed:
     * {@code names} gives each candidate's {@link ParsedNames}.
     */
    public <T> Optional<T> best(ParsedNames seen, Collection<T> candidates, Function<T, ParsedNames> names) {
        T best = null;
        double bestScore = 0;
        double runnerUp = 0;
        for (T candidate : candidates) {
            double s = score(seen, names.apply(candidate));
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

    private static boolean sharesSurname(ParsedNames a, ParsedNames b) {
        for (String k : b.surnameKeys()) {
            if (a.surnameKeys().contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean conflictingSuffix(ParsedNames a, ParsedNames b) {
        return !a.suffixes().isEmpty() && !b.suffixes().isEmpty()
                && a.suffixes().stream().noneMatch(b.suffixes()::contains);
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
}
