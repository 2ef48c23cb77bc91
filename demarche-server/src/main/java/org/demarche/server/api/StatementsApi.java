package org.demarche.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Set;
import org.demarche.article.QuoteKind;
import org.demarche.server.Limits;
import org.demarche.server.http.Ids;
import org.demarche.server.http.ProblemException;
import org.demarche.server.http.QueryParams;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.query.Sort;
import org.demarche.store.query.StatementQuery;

/** {@code /api/statements}: search, and one statement with all its sources. */
public final class StatementsApi {
    public static final Set<String> SEARCH_PARAMS =
            Set.of("q", "speaker", "topic", "outlet", "from", "to", "kind", "sort", "page", "pageSize");
    private static final int MAX_LABEL_CHARS = 200;

    private final KnowledgeBase kb;

    public StatementsApi(KnowledgeBase kb) {
        this.kb = kb;
    }

    public void search(Context ctx) {
        QueryParams params = QueryParams.of(ctx, SEARCH_PARAMS);
        String text = params.text("q", Limits.MAX_QUERY_CHARS);
        Long speaker = params.id("speaker");
        String topic = params.text("topic", MAX_LABEL_CHARS);
        String outlet = params.text("outlet", MAX_LABEL_CHARS);
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        QuoteKind kind = params.choice("kind", QuoteKind.class, null);
        Sort sort = params.choice("sort", Sort.class, null);
        Paging paging = Paging.read(params);
        params.require(from == null || to == null || !to.isBefore(from), "to", "must not be before from");
        params.check();
        StatementQuery query = new StatementQuery(text, speaker, topic, outlet, from, to, kind, sort,
                paging.page(), paging.pageSize());
        try {
            ctx.json(kb.statements(query));
        } catch (IllegalArgumentException e) {
            // The store refuses a query it cannot parse ("AND", an unclosed quote); that is the client's text.
            throw ProblemException.badParameter("q", e.getMessage());
        }
    }

    public void one(Context ctx) {
        long id = Ids.pathId(ctx, "id");
        ctx.json(kb.statement(id).orElseThrow(() -> ProblemException.notFound("no statement has id " + id)));
    }
}
