package org.demarche.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: every error is an RFC 9457 problem body, and no stack trace
 * ever reaches a client. Parameter checks and handlers throw {@link ProblemException}; Javalin's own
 * {@link HttpResponseException}s (unknown route, wrong method, body too large) keep their status; anything else
 * is a bug, logged here with its stack trace and answered with a bare 500.
 */
public final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    public static void register(JavalinConfig config) {
        config.routes.exception(ProblemException.class, (e, ctx) -> send(ctx, e.toProblem(ctx.path())));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> send(ctx, Problem.of(e.getStatus(), e.getMessage(), ctx.path())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            send(ctx, Problem.of(500, "The server could not answer this request; the error is in its log.",
                    ctx.path()));
        });
        // A status set without an exception (no static file matched, say) still gets a problem body.
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            config.routes.error(status, ctx -> {
                if (!isProblem(ctx)) {
                    send(ctx, Problem.of(status, null, ctx.path()));
                }
            });
        }
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("request failed", error);
            JettyErrors.writeProblem(response, 500, null);
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyErrors()));
    }

    public static void send(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.contentType(Problem.CONTENT_TYPE);
        ctx.result(Json.write(problem));
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }
}
