package org.demarche.server.api;

import io.javalin.http.Context;
import java.util.Set;
import org.demarche.server.Limits;
import org.demarche.server.http.Ids;
import org.demarche.server.http.ProblemException;
import org.demarche.server.http.QueryParams;
import org.demarche.store.KnowledgeBase;

/** {@code /api/people}: name search, and one person with aliases, roles, monthly counts and topics. */
public final class PeopleApi {
    public static final Set<String> SEARCH_PARAMS = Set.of("q", "page", "pageSize");

    private final KnowledgeBase kb;

    public PeopleApi(KnowledgeBase kb) {
        this.kb = kb;
    }

    public void search(Context ctx) {
        QueryParams params = QueryParams.of(ctx, SEARCH_PARAMS);
        String text = params.text("q", Limits.MAX_QUERY_CHARS);
        Paging paging = Paging.read(params);
        params.check();
        ctx.json(kb.people(text, paging.page(), paging.pageSize()));
    }

    public void one(Context ctx) {
        long id = Ids.pathId(ctx, "id");
        ctx.json(kb.person(id).orElseThrow(() -> ProblemException.notFound("no person has id " + id)));
    }
}
