package org.demarche.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * The user's query in Lucene's syntax, and statements with its matches marked: the same on both backends, so a
 * search returns the same fragments whichever store answers it.
 */
final class Snippets {
    private final Analyzer analyzer;
    private final String field;

    /** Queries and marks words of {@code field} as {@code analyzer} reads them. */
    Snippets(Analyzer analyzer, String field) {
        this.analyzer = analyzer;
        this.field = field;
    }

    /** The user's query in Lucene syntax; when it is not valid syntax, its words as plain text. */
    Query parse(String text) {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            return parseWords(text);
        }
    }

    /** The query's words as plain text, every one required, its operators and special characters none. */
    Query parseWords(String text) {
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            // Lower case too: AND, OR and NOT are operators only in capitals.
            return parser.parse(QueryParser.escape(text).toLowerCase(java.util.Locale.ROOT));
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query '" + text + "': " + e.getMessage(), e);
        }
    }

    /** A highlighter of {@code query}'s matches, for {@link #fragment}; null marks nothing. */
    Highlighter highlighter(Query query) {
        if (query == null) {
            return null;
        }
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                new QueryScorer(query, field));
        h.setTextFragmenter(new NullFragmenter());
        h.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        return h;
    }

    /** The whole statement, HTML-escaped, with the query's matches in {@code <mark>}. */
    String fragment(Highlighter highlighter, String text) {
        if (highlighter != null) {
            try {
                String marked = highlighter.getBestFragment(analyzer, field, text);
                if (marked != null) {
                    return marked;
                }
            } catch (IOException | InvalidTokenOffsetsException e) {
                // fall through to the plain escaped text: a fragment without marks is still correct
            }
        }
        return SimpleHTMLEncoder.htmlEncode(text);
    }
}
