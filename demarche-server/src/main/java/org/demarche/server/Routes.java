package org.demarche.server;

import io.javalin.config.RoutesConfig;
import org.demarche.server.api.ArticlesApi;
import org.demarche.server.api.CorrectionsApi;
import org.demarche.server.api.OpenApiDocument;
import org.demarche.server.api.PeopleApi;
import org.demarche.server.api.StatementsApi;
import org.demarche.server.api.StatsApi;
import org.demarche.store.KnowledgeBase;

/** Every API route, grouped by path; each handler is one method of a small API class. */
final class Routes {
    private Routes() {
    }

    static void register(RoutesConfig routes, KnowledgeBase kb, ServerOptions options) {
        StatementsApi statements = new StatementsApi(kb);
        routes.get("/api/statements", statements::search);
        routes.get("/api/statements/{id}", statements::one);

        PeopleApi people = new PeopleApi(kb);
        CorrectionsApi corrections = new CorrectionsApi(kb, options.token());
        routes.get("/api/people", people::search);
        routes.get("/api/people/{id}", people::one);
        routes.post("/api/people/merge", corrections::merge);
        routes.post("/api/people/{id}/split", corrections::split);

        routes.get("/api/articles/{id}", new ArticlesApi(kb)::one);
        routes.get("/api/stats", new StatsApi(kb)::get);
        routes.get("/api/openapi.json", new OpenApiDocument()::serve);
    }
}
