package org.demarche.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.spark.Rows.PassageRow;
import org.demarche.spark.Rows.SightingRow;

/** The job's cross-article results, as the store would derive them from the same passages and sightings. */
final class Records {
    private Records() {
    }

    /** A passage with the identity of its speaker (null when it has none). */
    record Spoken(PassageRow passage, Long person) implements Serializable {
    }

    /**
     * One statement: text, kind, date and derivation of its earliest source, speaker of the earliest source that
     * names one, topics of the passage that started it (in input order, sorted), and every source, earliest first.
     */
    record StatementRecord(long id, String text, String kind, Long speakerId, String speakerRole, LocalDate date,
                           String dateDerivation, List<String> topics, List<Spoken> sources) implements Serializable {
        /** The store's order of sources: by date (undated last), then publication, article id and position. */
        static final Comparator<Spoken> EARLIEST = Comparator
                .comparing((Spoken s) -> s.passage().date(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.passage().published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.passage().articleId())
                .thenComparingInt(s -> s.passage().position());

        static StatementRecord of(long id, Iterable<Spoken> passages) {
            List<Spoken> sources = new ArrayList<>();
            passages.forEach(sources::add);
            sources.sort(EARLIEST);
            PassageRow first = sources.getFirst().passage();
            Spoken spoken = sources.stream().filter(s -> s.person() != null).findFirst().orElse(null);
            PassageRow started = sources.stream().map(Spoken::passage)
                    .min(Comparator.comparingLong(PassageRow::order).thenComparingInt(PassageRow::position))
                    .orElseThrow();
            return new StatementRecord(id, first.text(), first.kind(), spoken == null ? null : spoken.person(),
                    spoken == null ? null : spoken.passage().speakerRole(), first.date(), first.dateDerivation(),
                    started.topics().stream().sorted().toList(), List.copyOf(sources));
        }
    }

    /** A role and the days it was first and last seen, and in how many sightings. */
    record RoleRecord(String role, LocalDate firstSeen, LocalDate lastSeen, int articles) implements Serializable {
    }

    /**
     * One identity: its display name (the matcher's canonical name; an organization keeps the name it was first
     * seen under), every spelling, roles earliest first, first and last day seen, articles that name it.
     */
    record PersonRecord(long id, String name, boolean organization, List<String> aliases, List<RoleRecord> roles,
                        LocalDate firstSeen, LocalDate lastSeen, int articleCount) implements Serializable {
        static PersonRecord of(long id, Iterable<SightingRow> seen) {
            List<SightingRow> sightings = new ArrayList<>();
            seen.forEach(sightings::add);
            sightings.sort(Comparator.comparing(SightingRow::ref));
            Set<String> aliases = new TreeSet<>();
            Set<String> articles = new HashSet<>();
            Map<String, RoleRecord> roles = new TreeMap<>();
            LocalDate first = null;
            LocalDate last = null;
            for (SightingRow s : sightings) {
                aliases.add(s.name());
                aliases.addAll(s.variants());
                articles.add(s.articleId());
                first = earlier(first, s.seen());
                last = later(last, s.seen());
                for (String role : new TreeSet<>(s.roles())) {
                    roles.merge(role, new RoleRecord(role, s.seen(), s.seen(), 1), (a, b) -> new RoleRecord(role,
                            earlier(a.firstSeen(), b.firstSeen()), later(a.lastSeen(), b.lastSeen()),
                            a.articles() + b.articles()));
                }
            }
            SightingRow firstSighting = sightings.getFirst();
            String name = firstSighting.organization() ? firstSighting.name()
                    : new IdentityMatcher().canonicalName(aliases);
            List<RoleRecord> byFirstSeen = new ArrayList<>(roles.values());
            byFirstSeen.sort(Comparator.comparing(RoleRecord::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(RoleRecord::role));
            return new PersonRecord(id, name, firstSighting.organization(), List.copyOf(aliases),
                    List.copyOf(byFirstSeen), first, last, articles.size());
        }

        private static LocalDate earlier(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || !b.isBefore(a) ? a : b;
        }

        private static LocalDate later(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || !b.isAfter(a) ? a : b;
        }
    }
}
