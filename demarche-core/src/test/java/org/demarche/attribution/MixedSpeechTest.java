package org.demarche.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.demarche.Demarche;
import org.demarche.article.QuoteKind;
import org.demarche.pipeline.Document;
import org.demarche.text.Tokens;
import org.junit.jupiter.api.Test;

/** Mixed reported speech around partial quotations, on invented sentences. */
class MixedSpeechTest {
    private static Document analyze(String text) {
        return Demarche.pipeline().analyze(text);
    }

    /** The partial quotation {@code words} (marks excluded) with the cue {@code cueWord}. */
    private static Statement partial(Document doc, String words, String cueWord) {
        Tokens tokens = doc.tokens();
        int start = doc.text().indexOf(words);
        int cue = tokens.firstAtOrAfter(doc.text().indexOf(cueWord));
        int speaker = Math.min(cue, tokens.firstAtOrAfter(doc.text().indexOf("Marrow")));
        return new Statement(start, start + words.length(), QuoteKind.PARTIAL,
                new Cue(cue, cue, null, speaker, Math.max(cue, speaker)), 0.8, tokens.firstAtOrAfter(start));
    }

    private static List<String> reported(Document doc, List<Statement> statements) {
        return statements.stream().filter(s -> s.kind() == QuoteKind.INDIRECT)
                .map(s -> doc.text().substring(s.start(), s.end())).toList();
    }

    @Test
    void theReportersWordsAfterTheCueAndTheQuotationsMakeOneStatement() {
        Document doc = analyze("Marrow called the northern proposal \"a recipe for closure\" and \"a gift to smugglers\" "
                + "on Friday.\n");
        List<Statement> found = new MixedSpeech(doc).addTo(List.of(partial(doc, "a recipe for closure", "called"),
                partial(doc, "a gift to smugglers", "called")));
        assertThat(reported(doc, found))
                .containsExactly("the northern proposal \"a recipe for closure\" and \"a gift to smugglers\"");
    }

    @Test
    void aClauseBeforeTheCueRunsFromTheSentenceStart() {
        Document doc = analyze("The harbour treaty \"changed nothing at all,\" Marrow said.\n");
        List<Statement> found = new MixedSpeech(doc).addTo(List.of(partial(doc, "changed nothing at all,", "said")));
        assertThat(reported(doc, found)).containsExactly("The harbour treaty \"changed nothing at all,\"");
    }

    @Test
    void aQuotationRightAfterItsCueIsNoMixedSpeech() {
        Document doc = analyze("Marrow said \"the corridor stays open\" before leaving.\n");
        List<Statement> found = new MixedSpeech(doc).addTo(List.of(partial(doc, "the corridor stays open", "said")));
        assertThat(reported(doc, found)).isEmpty();
    }

    @Test
    void aClauseAlreadyReportedIsNotAddedTwice() {
        Document doc = analyze("Marrow called the northern proposal \"a recipe for closure\" on Friday.\n");
        int start = doc.text().indexOf("the northern");
        Statement known = new Statement(start, doc.text().indexOf(" on Friday"), QuoteKind.INDIRECT, null, 0.7,
                doc.tokens().firstAtOrAfter(start));
        List<Statement> found = new MixedSpeech(doc).addTo(List.of(known, partial(doc, "a recipe for closure", "called")));
        assertThat(found).hasSize(2);
    }
}
