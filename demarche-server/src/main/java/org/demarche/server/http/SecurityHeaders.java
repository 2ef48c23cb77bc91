package org.demarche.server.http;

import io.javalin.http.Context;

/**
 * Headers on every response that keep article text inert even if some escaping were ever missed: scripts only
 * from this server's own files (no inline script, no eval), no framing, no content-type guessing, and no referrer
 * sent to the outlets the UI links to.
 */
public final class SecurityHeaders {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
