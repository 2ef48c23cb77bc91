package org.demarche.store.query;

import java.util.List;

/**
 * One page of results.
 *
 * @param items    this page's items
 * @param total    how many items match in all
 * @param page     0-based page number
 * @param pageSize the page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int pageSize) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }
}
