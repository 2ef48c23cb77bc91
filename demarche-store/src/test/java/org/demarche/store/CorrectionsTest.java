package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;
import org.demarche.store.query.PersonHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreBackend.class)
class CorrectionsTest {
    @Parameter
    StoreBackend backend;

    @TempDir
    Path dir;

    private static RawArticle kellan(String id, String name, String words) {
        return Fixtures.article(id, "https://wire.example/" + id, "Lowland Wire", "2026-05-0" + id.length() % 9, """
                Talks in Kessel

                KESSEL, May 4 (Lowland Wire) - Ostmark's envoy %s spoke after the talks.

                "%s," %s said.
                """.formatted(name, words, name.substring(name.lastIndexOf(' ') + 1)));
    }

    private static void ingest(KnowledgeBase kb, RawArticle... articles) {
        kb.ingester((id, reason) -> {
            throw new AssertionError(id + ": " + reason);
        }).ingest(Stream.of(articles));
    }

    private static long holder(KnowledgeBase kb, String alias) {
        return kb.people(alias, 0, 50).items().stream().filter(p -> p.aliases().contains(alias))
                .mapToLong(PersonHit::id).findFirst().orElseThrow(() -> new AssertionError("nobody is called " + alias));
    }

    private static long named(KnowledgeBase kb, String name) {
        return kb.people(name, 0, 50).items().stream().filter(p -> p.name().equals(name))
                .mapToLong(PersonHit::id).findFirst().orElseThrow(() -> new AssertionError("nobody is named " + name));
    }

    @Test
    void aMergeSurvivesReIngestingAChangedArticle() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, kellan("a1", "Tomas Kellan", "The border will stay open to every trader"),
                    kellan("b22", "Pieter Kellan", "Our grain convoys leave on schedule next week"));
            long tomas = holder(kb, "Tomas Kellan");
            long pieter = holder(kb, "Pieter Kellan");
            assertThat(tomas).isNotEqualTo(pieter);

            long merged = kb.merge(tomas, pieter);
            assertThat(holder(kb, "Tomas Kellan")).isEqualTo(merged);
            assertThat(holder(kb, "Pieter Kellan")).isEqualTo(merged);
            assertThat(kb.person(merged).orElseThrow().statementCount()).isEqualTo(2);

            ingest(kb, kellan("a1", "Tomas Kellan", "The border will stay open to every honest trader"));
            long after = holder(kb, "Tomas Kellan");
            assertThat(holder(kb, "Pieter Kellan")).isEqualTo(after);
            assertThat(kb.person(after).orElseThrow().statementCount()).isEqualTo(2);
            assertThat(kb.people("Kellan", 0, 10).total()).isEqualTo(1);
        }
    }

    @Test
    void aSplitSurvivesReIngestingAChangedArticle() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, kellan("c333", "Tomas Kellan", "The border will stay open to every trader"),
                    kellan("d4444", "Kellan", "Our grain convoys leave on schedule next week"));
            long tomas = holder(kb, "Tomas Kellan");
            assertThat(holder(kb, "Kellan")).as("the matcher took them for one").isEqualTo(tomas);
            // The user knows better: the envoy called only "Kellan" is Tomas's cousin Teo.
            long teo = kb.split(tomas, Set.of("Kellan"));
            assertThat(teo).isNotEqualTo(tomas);
            assertThat(named(kb, "Kellan")).isEqualTo(teo);
            assertThat(kb.person(teo).orElseThrow().statementCount()).isEqualTo(1);
            assertThat(kb.person(tomas).orElseThrow().statementCount()).isEqualTo(1);

            ingest(kb, kellan("d4444", "Kellan", "Our grain convoys leave on schedule next month"),
                    kellan("f55555", "Kellan", "The river ports reopen at dawn"));
            // Whatever identities the matcher makes of the bare "Kellan"s, none of them is Tomas's.
            assertThat(kb.person(named(kb, "Tomas Kellan")).orElseThrow().statementCount()).isEqualTo(1);
            var bare = kb.people("Kellan", 0, 10).items().stream().filter(p -> p.name().equals("Kellan")).toList();
            assertThat(bare).as(bare.toString()).isNotEmpty();
            assertThat(bare.stream().mapToInt(PersonHit::statementCount).sum()).as(bare.toString()).isEqualTo(2);
        }
    }

    @Test
    void correctionsOfUnknownPeopleOrAliasesAreRefused() {
        try (KnowledgeBase kb = backend.open(dir)) {
            ingest(kb, kellan("e1", "Tomas Kellan", "The border will stay open to every trader"));
            long tomas = holder(kb, "Tomas Kellan");
            assertThatThrownBy(() -> kb.merge(tomas, 424242)).isInstanceOf(NoSuchElementException.class)
                    .hasMessageContaining("424242");
            assertThatThrownBy(() -> kb.split(tomas, Set.of("Nobody"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Nobody");
            Set<String> all = Set.copyOf(kb.person(tomas).orElseThrow().aliases());
            assertThatThrownBy(() -> kb.split(tomas, all)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
