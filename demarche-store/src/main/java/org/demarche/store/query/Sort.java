package org.demarche.store.query;

/** How statements are ordered. */
public enum Sort {
    /** Newest first (then highest id). */
    DATE,
    /** Best text match first; without text the same as {@link #DATE}. */
    RELEVANCE
}
