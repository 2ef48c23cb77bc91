package org.demarche.store.query;

import java.util.List;

/**
 * One page of results.
 *
 * @param items    this page's items
 * @param total      how many items match in all
 * @param totalExact whether {@code total} was counted; when false it is an estimate (PostgreSQL's search counts
 *                   the newest 500 matches and estimates beyond)
 * @param page       0-based page number
 * @param pageSize   the page size asked for
 */
public record Page<T>(List<T> items, long total, boolean totalExact, int page, int pageSize) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total was counted. */
    public Page(List<T> items, long total, int page, int pageSize) {
        this(items, total, true, page, pageSize);
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }
}
