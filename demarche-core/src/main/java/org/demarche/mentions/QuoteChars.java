package org.demarche.mentions;

/** Characters used as quote marks in news text. */
final class QuoteChars {
    private QuoteChars() {
    }

    static boolean isQuoteMark(char c) {
        return "\"\u201c\u201d\u201e\u201f\u00ab\u00bb'\u2018\u2019\u201a\u2039\u203a".indexOf(c) >= 0;
    }
}
