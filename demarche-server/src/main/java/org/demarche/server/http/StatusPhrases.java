package org.demarche.server.http;

import java.util.Map;

/** The reason phrases of the statuses this server answers with: a problem's {@code title}. */
final class StatusPhrases {
    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private StatusPhrases() {
    }

    static String of(int status) {
        return PHRASES.getOrDefault(status, status >= 500 ? "Server Error" : "Client Error");
    }
}
