package org.demarche.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.demarche.article.RawArticle;
import org.demarche.store.query.PersonHit;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Articles in Russian next to English ones: one person under both spellings, and Russian statements searchable
 * by any case form of their words. The statements are invented.
 */
@ParameterizedClass
@EnumSource(StoreBackend.class)
class RussianArticlesTest {
    @Parameter
    StoreBackend backend;

    @TempDir
    Path dir;

    private static final RawArticle ENGLISH = new RawArticle("wire-en", """
            Ryabkov on the treaty talks

            GENEVA, May 4 (Wire) — Russian Deputy Foreign Minister Sergey Ryabkov said on Monday that the treaty talks \
            would resume in June.

            "We are ready to sit down at the table again," Ryabkov told reporters.
            """, "https://wire.example/en/ryabkov", null, "2026-05-04", "Wire", null, null);

    /** No language declared: the pipeline detects it. */
    private static final RawArticle RUSSIAN = new RawArticle("wire-ru", """
            Рябков о переговорах по договору

            ЖЕНЕВА, 5 мая. /Вестник/. Заместитель министра иностранных дел России Сергей Рябков заявил, что \
            новые санкции не изменят позицию Москвы на переговорах.

            «Мы не собираемся отказываться от наших предложений», — сказал Рябков журналистам.
            """, "https://vestnik.example/ru/ryabkov", null, "2026-05-05", "Вестник", null, null);

    private List<String> ingest(KnowledgeBase kb) {
        List<String> failures = new ArrayList<>();
        kb.ingester((id, reason) -> failures.add(id + ": " + reason)).ingest(Stream.of(ENGLISH, RUSSIAN));
        return failures;
    }

    @Test
    void aPersonQuotedInCyrillicAndInLatinIsOneIdentity() {
        try (KnowledgeBase kb = backend.open(dir)) {
            assertThat(ingest(kb)).isEmpty();
            List<PersonHit> byLatin = kb.people("Ryabkov", 0, 10).items();
            assertThat(byLatin).hasSize(1);
            assertThat(byLatin.getFirst().aliases()).contains("Sergey Ryabkov", "Сергей Рябков");
            assertThat(byLatin.getFirst().statementCount()).isEqualTo(4);
            assertThat(kb.people("Рябков", 0, 10).items()).extracting(PersonHit::id)
                    .containsExactly(byLatin.getFirst().id());
        }
    }

    @Test
    void aRussianArticleIsTaggedAndItsStatementsAreFoundByAnyFormOfTheirWords() {
        try (KnowledgeBase kb = backend.open(dir)) {
            assertThat(ingest(kb)).isEmpty();
            assertThat(kb.article("wire-ru").orElseThrow().language()).isEqualTo("ru");
            assertThat(kb.article("wire-en").orElseThrow().language()).isEqualTo("en");
            // the statement says "санкции"; the genitive "санкций" and the instrumental "санкциями" find it too
            for (String query : List.of("санкции", "санкций", "санкциями")) {
                assertThat(kb.statements(StatementQuery.text(query)).items()).as(query)
                        .extracting(StatementHit::text).isNotEmpty()
                        .allMatch(text -> text.contains("санкции"));
            }
        }
    }
}
