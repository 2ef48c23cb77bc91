package org.demarche.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Weighs the body text found in the page's markup against the body the page declares in its JSON-LD
 * ({@code articleBody}), which many publishers fill from their content system. The markup text is preferred: it
 * keeps the paragraph breaks, and declared bodies are often cut short (a teaser of the first paragraphs). But when
 * the markup text misses much of the declared body, the reader took the wrong part of the page, and the declared
 * body is used.
 */
final class DeclaredBody {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A declared body shorter than this is a summary, not the article. */
    private static final int MIN_CHARS = 200;
    /** Below this share of the declared body's words found in the markup text, the markup text is the wrong part. */
    private static final double MIN_COVERAGE = 0.8;

    private DeclaredBody() {
    }

    static String reconcile(String extracted, String declared) {
        if (declared == null) {
            return extracted;
        }
        String declaredText = declared.indexOf('<') >= 0 ? BlockText.of(Jsoup.parseBodyFragment(declared).body()) : declared.strip();
        if (declaredText.length() < MIN_CHARS) {
            return extracted;
        }
        List<String> declaredWords = words(declaredText);
        Set<String> extractedWords = new HashSet<>(words(extracted));
        long covered = declaredWords.stream().filter(extractedWords::contains).count();
        return covered < MIN_COVERAGE * declaredWords.size() ? paragraphs(declaredText) : extracted;
    }

    /** Declared bodies separate paragraphs by one or two line breaks, or not at all; make it a blank line. */
    private static String paragraphs(String text) {
        return text.replaceAll("[ \\t]*(?:\\r?\\n[ \\t]*)+", "\n\n");
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
