package org.demarche.attribution;

import org.demarche.text.Tokens;

/** Recognises quote-mark tokens. */
final class QuoteTokens {
    private QuoteTokens() {
    }

    static boolean isQuote(Tokens tokens, int i) {
        String t = tokens.text(i);
        if ((t.equals("\u2019") || t.equals("'")) && i > 0 && tokens.end(i - 1) == tokens.start(i)
                && tokens.text(i - 1).endsWith("s")) {
            return false; // a plural possessive: "veterans' families"
        }
        return t.equals("''") || t.length() == 1 && "\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2018\u2019'\u201a".indexOf(t.charAt(0)) >= 0;
    }
}
