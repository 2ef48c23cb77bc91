package org.demarche.server.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Problem bodies for the errors Jetty answers itself, before a request reaches Javalin: a malformed request
 * line, an ambiguous or undecodable URI, headers too large. Jetty's own pages are HTML and can show stack traces.
 */
final class JettyErrors extends ErrorHandler {
    private static final HttpField PROBLEM_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);

    JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(PROBLEM_TYPE);
        response.write(true, body(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(PROBLEM_TYPE);
        return body(status, reason);
    }

    static void writeProblem(HttpServletResponse response, int status, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problem.CONTENT_TYPE);
            response.getOutputStream().write(Json.write(Problem.of(status, detail, null)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was already committed: nothing more can be said
        }
    }

    private static ByteBuffer body(int status, String reason) {
        return ByteBuffer.wrap(Json.write(Problem.of(status, reason, null)).getBytes(StandardCharsets.UTF_8));
    }
}
