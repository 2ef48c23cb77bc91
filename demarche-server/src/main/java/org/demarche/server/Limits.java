package org.demarche.server;

/** What one request may ask of the server: bounds that keep a single client from tying it up. */
public final class Limits {
    /** Largest request body (corrections are a few ids and aliases). */
    public static final long MAX_REQUEST_BYTES = 16 * 1024;
    /** Longest full-text query or name search, in characters. */
    public static final int MAX_QUERY_CHARS = 300;
    /** Most results on one page. */
    public static final int MAX_PAGE_SIZE = 100;
    /** Deepest page: paging past this many results is refused (narrow the query instead). */
    public static final int MAX_RESULT_WINDOW = 10_000;
    /** Most aliases split off an identity in one request. */
    public static final int MAX_ALIASES = 100;
    /** Default results on one page. */
    public static final int DEFAULT_PAGE_SIZE = 20;

    private Limits() {
    }
}
