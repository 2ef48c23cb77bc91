package org.demarche.readers;

/**
 * Bounds that keep one bad input from exhausting memory.
 *
 * @param maxArticleBytes the largest article (a text file, a web page, a JSON line, a web archive's record)
 * @param maxFeedBytes    the largest RSS or Atom feed, which is parsed whole
 */
public record InputLimits(long maxArticleBytes, long maxFeedBytes) {
    /** 10 MB of text is far beyond any news article, 100 MB beyond any feed; anything larger is refused with a message. */
    public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024, 100L * 1024 * 1024);
}
