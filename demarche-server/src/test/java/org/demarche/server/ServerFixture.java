package org.demarche.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.article.RawArticle;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.StoreBackend;

/**
 * A real server on a free loopback port over a real knowledge base (in a temporary directory, or on the tests'
 * PostgreSQL server), filled with the
 * invented articles of {@code fixture-articles.jsonl}; and an HTTP client to call it.
 */
final class ServerFixture implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final KnowledgeBase kb;
    final DemarcheServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerFixture(KnowledgeBase kb, DemarcheServer server) {
        this.kb = kb;
        this.server = server;
    }

    static ServerFixture start(Path dataDir, String token) throws IOException {
        return start(StoreBackend.SQLITE, dataDir, token);
    }

    /** A server over the store {@code backend} keeps for {@code dataDir}. */
    static ServerFixture start(StoreBackend backend, Path dataDir, String token) throws IOException {
        KnowledgeBase kb = backend.open(dataDir);
        kb.ingester((id, reason) -> {
            throw new AssertionError("fixture article " + id + " failed: " + reason);
        }).ingest(articles().stream());
        return new ServerFixture(kb, DemarcheServer.start(kb, new ServerOptions(ServerOptions.LOOPBACK, 0, token)));
    }

    static List<RawArticle> articles() throws IOException {
        List<RawArticle> articles = new ArrayList<>();
        try (InputStream in = ServerFixture.class.getResourceAsStream("fixture-articles.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode a = JSON.readTree(line);
                articles.add(new RawArticle(a.get("id").asText(), a.get("text").asText(), a.get("url").asText(),
                        a.get("title").asText(), a.get("published").asText(), a.get("outlet").asText(), "en", null));
            }
        }
        return articles;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    Response post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request);
    }

    /** Sends raw bytes, for request lines that java.net.URI would refuse to build. */
    Response raw(String requestLine) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(reply.substring(9, 12));
            int bodyStart = reply.indexOf("\r\n\r\n");
            String head = reply.substring(0, bodyStart).toLowerCase(java.util.Locale.ROOT);
            String type = head.lines().filter(l -> l.startsWith("content-type:")).map(l -> l.substring(13).strip())
                    .findFirst().orElse("");
            return new Response(status, type, reply.substring(bodyStart + 4));
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    @Override
    public void close() {
        server.close();
        kb.close();
    }

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
