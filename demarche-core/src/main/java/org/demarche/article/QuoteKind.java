package org.demarche.article;

/** How a statement is reported. */
public enum QuoteKind {
    /** A clause or more inside quote marks. */
    DIRECT,
    /** A quoted fragment woven into the reporter's own sentence. */
    PARTIAL,
    /** Reported speech without quote marks: "X said that ...". */
    INDIRECT;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
