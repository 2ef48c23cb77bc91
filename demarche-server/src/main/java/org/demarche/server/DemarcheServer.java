package org.demarche.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.demarche.server.http.ErrorResponses;
import org.demarche.server.http.Json;
import org.demarche.server.http.SecurityHeaders;
import org.demarche.store.KnowledgeBase;

/**
 * The REST API under {@code /api} and the web UI at {@code /}, over one open {@link KnowledgeBase}, in one
 * Javalin (Jetty) server. The API is read-only but for person corrections; the UI is static files that call it.
 */
public final class DemarcheServer implements AutoCloseable {
    static final String WEB_RESOURCES = "/org/demarche/server/web";

    private final Javalin app;

    private DemarcheServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code kb}; the caller keeps ownership of it and closes it after this server. */
    public static DemarcheServer start(KnowledgeBase kb, ServerOptions options) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Javalin's default host is every interface; bind exactly what was asked (loopback by default).
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.http.maxRequestSize = Limits.MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB_RESOURCES;
                files.location = Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::apply);
            Routes.register(config.routes, kb, options);
            ErrorResponses.register(config);
        });
        app.start();
        return new DemarcheServer(app);
    }

    /** The port listened on (the one chosen when the options asked for 0). */
    public int port() {
        return app.port();
    }

    /** Every HTTP route, as "METHOD /path" (for the test that holds the OpenAPI document to them). */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod())
                .map(parsed -> parsed.endpoint.method.name() + " " + parsed.endpoint.path)
                .toList();
    }

    @Override
    public void close() {
        app.stop();
    }
}
