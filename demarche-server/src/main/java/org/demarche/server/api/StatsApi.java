package org.demarche.server.api;

import io.javalin.http.Context;
import java.util.Set;
import org.demarche.server.http.QueryParams;
import org.demarche.store.KnowledgeBase;

/** {@code /api/stats}: counts, most quoted people and topics per month. */
public final class StatsApi {
    private final KnowledgeBase kb;

    public StatsApi(KnowledgeBase kb) {
        this.kb = kb;
    }

    public void get(Context ctx) {
        QueryParams.of(ctx, Set.of()).check();
        ctx.json(kb.stats());
    }
}
