package org.demarche.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.RawArticle;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Russian wire constructions. The articles are invented: fictional countries and officials, no real quotes. */
class RussianAttributionTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();

    /** The article with no language declared, so that the pipeline detects it. */
    private static AnnotatedArticle run(String russianText) {
        AnnotatedArticle article = PIPELINE.annotate(RawArticle.of("fixture-ru", russianText));
        assertThat(article.language()).isEqualTo("ru");
        return article;
    }

    /** The one statement holding {@code words}. */
    private static Quote quoteContaining(AnnotatedArticle article, String words) {
        List<Quote> found = article.quotes().stream().filter(q -> q.content().text().contains(words)).toList();
        assertThat(found).as("statements containing '%s' among %s", words, article.quotes()).hasSize(1);
        return found.getFirst();
    }

    private static final String TALKS = """
            Ардения отвергла новые переговоры

            АРДЕН, 3 марта. /Северное агентство/. Переговоры с Остравой зашли в тупик, заявил заместитель министра \
            иностранных дел Ардении Антон Кессель.

            «Мы не видим смысла продолжать этот раунд», — сказал Кессель.

            По словам Кесселя, следующая встреча возможна только осенью.

            «Двери пока закрыты, — отметил дипломат. — Но мы их не заперли».

            Официальный представитель МИД Ардении Мира Таллис подчеркнула, что министерство опубликует свои предложения.

            «Все изложено на бумаге», — добавила она.
            """;

    @Test
    void readsDashCuesPronounsAndDescriptions() {
        AnnotatedArticle a = run(TALKS);
        Quote direct = quoteContaining(a, "не видим смысла");
        assertThat(direct.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(direct.speaker()).isEqualTo("Антон Кессель");
        assertThat(direct.cue().text()).isEqualTo("сказал");
        assertThat(quoteContaining(a, "Все изложено на бумаге").speaker()).isEqualTo("Мира Таллис");
    }

    @Test
    void aQuotationSplitByItsCueGivesTwoQuotations() {
        AnnotatedArticle a = run(TALKS);
        Quote first = quoteContaining(a, "Двери пока закрыты");
        Quote second = quoteContaining(a, "Но мы их не заперли");
        assertThat(first.content().text()).isEqualTo("Двери пока закрыты");
        assertThat(second.content().text()).isEqualTo("Но мы их не заперли");
        assertThat(first.speaker()).isEqualTo("Антон Кессель").isEqualTo(second.speaker());
    }

    @Test
    void readsReportedSpeechInItsUsualConstructions() {
        AnnotatedArticle a = run(TALKS);
        Quote lead = quoteContaining(a, "Переговоры с Остравой");
        assertThat(lead.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(lead.content().text()).isEqualTo("Переговоры с Остравой зашли в тупик"); // after the dateline
        assertThat(lead.speaker()).isEqualTo("Антон Кессель");
        assertThat(lead.speakerRole()).isEqualTo("заместитель министра иностранных дел Ардении");
        Quote according = quoteContaining(a, "следующая встреча");
        assertThat(according.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(according.content().text()).isEqualTo("следующая встреча возможна только осенью");
        assertThat(according.speaker()).isEqualTo("Антон Кессель"); // "по словам Кесселя": the genitive
        Quote that = quoteContaining(a, "министерство опубликует");
        assertThat(that.content().text()).isEqualTo("министерство опубликует свои предложения");
        assertThat(that.speaker()).isEqualTo("Мира Таллис");
    }

    @Test
    void namesInObliqueCasesAreGivenInTheNominative() {
        AnnotatedArticle a = run("""
                По словам Анны Ветровой, переговоры продолжатся на следующей неделе в Ардене.

                «Мы готовы к компромиссу», — заявила Ветрова.
                """);
        assertThat(quoteContaining(a, "переговоры продолжатся").speaker()).isEqualTo("Анна Ветрова");
        assertThat(quoteContaining(a, "готовы к компромиссу").speaker()).isEqualTo("Анна Ветрова");
        assertThat(a.people()).extracting(Person::name).containsExactly("Анна Ветрова");
    }

    @Test
    void aPartialQuotationNeedsAVerbOfSayingAndANameInQuoteMarksIsNone() {
        AnnotatedArticle a = run("""
                Министр обороны Ардении Олег Варин назвал учения соседей «прямой провокацией».

                «Мы ответим соразмерно», — сказал Варин в интервью телеканалу «Арден-1».
                """);
        Quote partial = quoteContaining(a, "прямой провокацией");
        assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(partial.speaker()).isEqualTo("Олег Варин");
        assertThat(a.quotes()).noneMatch(q -> q.content().text().equals("Арден-1"));
    }

    @Test
    void aDeclaredLanguageIsKeptAsItsPrimarySubtagAndChoosesTheRules() {
        RawArticle declared = new RawArticle("fixture", "«Мы готовы к компромиссу», — заявила Анна Ветрова.", null, null,
                null, null, "ru-RU", null);
        AnnotatedArticle a = PIPELINE.annotate(declared);
        assertThat(a.language()).isEqualTo("ru");
        assertThat(quoteContaining(a, "готовы к компромиссу").speaker()).isEqualTo("Анна Ветрова");
    }
}
