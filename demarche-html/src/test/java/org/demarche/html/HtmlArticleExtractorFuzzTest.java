package org.demarche.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz tests of web-page extraction (docs/testing.md): any bytes are a page, in whatever encoding
 * they declare, and give an article that keeps {@link HtmlArticle}'s contract, never an exception. The inputs
 * under {@code HtmlArticleExtractorFuzzTestInputs/} run as regression tests in every build.
 */
class HtmlArticleExtractorFuzzTest {
    private static final HtmlArticleExtractor EXTRACTOR = new HtmlArticleExtractor();

    @FuzzTest(maxDuration = "30s")
    void extractsAnyPage(byte[] page) {
        assertKeepsContract(EXTRACTOR.extract(page, null));
    }

    /** A page already decoded, with the address it was fetched from (which resolves links and may carry a date). */
    @FuzzTest(maxDuration = "30s")
    void extractsAnyPageAtAnyAddress(FuzzedDataProvider data) {
        String url = data.consumeString(120);
        assertKeepsContract(EXTRACTOR.extract(data.consumeRemainingAsString(), url));
    }

    private static void assertKeepsContract(HtmlArticle article) {
        assertThat(article.text()).isNotNull();
        if (article.published() != null) {
            assertThat(article.published()).matches("\\d{4}-\\d{2}-\\d{2}(T.*)?");
        }
        if (article.language() != null) {
            assertThat(article.language()).matches("[a-z]{2,3}");
        }
        assertThat(article.authors()).allSatisfy(author -> assertThat(author).isNotBlank());
    }
}
