package org.demarche.server.api;

import io.javalin.http.Context;
import org.demarche.server.http.ProblemException;
import org.demarche.store.KnowledgeBase;

/** {@code /api/articles/{id}}: an article's metadata, text and quote spans (UTF-16 offsets, as JavaScript counts). */
public final class ArticlesApi {
    /** Article ids are file names or ids from JSON Lines input; anything longer is no id of ours. */
    private static final int MAX_ID_CHARS = 1000;

    private final KnowledgeBase kb;

    public ArticlesApi(KnowledgeBase kb) {
        this.kb = kb;
    }

    public void one(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID_CHARS) {
            throw ProblemException.badParameter("id", "must be an article id of 1 to " + MAX_ID_CHARS + " characters");
        }
        ctx.json(kb.article(id).orElseThrow(() -> ProblemException.notFound("no article has id '" + id + "'")));
    }
}
