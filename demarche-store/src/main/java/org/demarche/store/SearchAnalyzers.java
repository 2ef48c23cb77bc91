package org.demarche.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** How the index reads text: statements are stemmed ("sanctions" finds "sanction", "санкций" "санкции"), names are only folded. */
final class SearchAnalyzers {
    private SearchAnalyzers() {
    }

    /**
     * Statement text: words, possessives dropped, lower case, accents folded, Porter stems for English words and
     * Lucene's light Russian stems for Cyrillic ones ("санкций" finds "санкции"); each stemmer leaves the other
     * alphabet alone. No stop words.
     */
    static final class StatementText extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source, new RussianLightStemFilter(new PorterStemFilter(words)));
        }
    }

    /** Person names: words, lower case, accents folded ("Zelenskyy" stays distinct from "Zelensky"; prefixes help). */
    static final class Names extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    }

    /** The words {@code analyzer} makes of {@code text} as a value of {@code field}. */
    static List<String> words(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing a string cannot fail", e);
        }
        return out;
    }

    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(new StatementText(), Map.of(SearchIndex.NAME, new Names()));
    }
}
