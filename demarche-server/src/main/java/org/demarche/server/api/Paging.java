package org.demarche.server.api;

import org.demarche.server.Limits;
import org.demarche.server.http.QueryParams;

/** The {@code page} (0-based) and {@code pageSize} parameters of list endpoints, within the server's limits. */
record Paging(int page, int pageSize) {
    static Paging read(QueryParams params) {
        int pageSize = params.integer("pageSize", Limits.DEFAULT_PAGE_SIZE, 1, Limits.MAX_PAGE_SIZE);
        int page = params.integer("page", 0, 0, Limits.MAX_RESULT_WINDOW);
        params.require((long) (page + 1) * pageSize <= Limits.MAX_RESULT_WINDOW, "page",
                "goes past the first " + Limits.MAX_RESULT_WINDOW + " results; narrow the search instead");
        return new Paging(page, pageSize);
    }
}
