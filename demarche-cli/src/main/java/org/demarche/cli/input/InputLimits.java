package org.demarche.cli.input;

/** Bounds that keep one bad input from exhausting memory. */
public record InputLimits(long maxArticleBytes) {
    /** 10 MB of text is far beyond any news article; anything larger is refused with a message. */
    public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024);
}
