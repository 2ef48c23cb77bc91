package org.demarche.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad requests get a 4xx with an RFC 9457 problem body: never a 500, never a stack trace. */
class MalformedRequestsTest extends ServedKnowledgeBaseTest {
    static Stream<Arguments> badGets() {
        String longQuery = "a".repeat(Limits.MAX_QUERY_CHARS + 1);
        return Stream.of(
                Arguments.of("/api/statements?page=-1", 400, "page"),
                Arguments.of("/api/statements?page=abc", 400, "page"),
                Arguments.of("/api/statements?pageSize=0", 400, "pageSize"),
                Arguments.of("/api/statements?pageSize=101", 400, "pageSize"),
                Arguments.of("/api/statements?pageSize=99999999999999999999", 400, "pageSize"),
                Arguments.of("/api/statements?page=600&pageSize=100", 400, "page"),
                Arguments.of("/api/statements?from=2026-13-01", 400, "from"),
                Arguments.of("/api/statements?to=yesterday", 400, "to"),
                Arguments.of("/api/statements?from=2026-05-01&to=2026-04-01", 400, "to"),
                Arguments.of("/api/statements?kind=shouted", 400, "kind"),
                Arguments.of("/api/statements?sort=random", 400, "sort"),
                Arguments.of("/api/statements?speaker=-4", 400, "speaker"),
                Arguments.of("/api/statements?speaker=x1", 400, "speaker"),
                Arguments.of("/api/statements?q=" + longQuery, 400, "q"),
                Arguments.of("/api/statements?qq=typo", 400, "qq"),
                Arguments.of("/api/statements?q=a&q=b", 400, "q"),
                Arguments.of("/api/statements?q=%E0%A4", 400, null),
                Arguments.of("/api/statements/abc", 400, "id"),
                Arguments.of("/api/statements/0", 400, "id"),
                Arguments.of("/api/statements/99999999999999999999999", 400, "id"),
                Arguments.of("/api/people?pageSize=1000", 400, "pageSize"),
                Arguments.of("/api/people?q=" + longQuery, 400, "q"),
                Arguments.of("/api/people/-1", 400, "id"),
                Arguments.of("/api/people/1.5", 400, "id"),
                Arguments.of("/api/stats?verbose=1", 400, "verbose"),
                Arguments.of("/api/nothing-here", 404, null),
                Arguments.of("/api/statements/1/extra", 404, null),
                Arguments.of("/no-such-page.html", 404, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badGets")
    void badQueriesGetAProblem(String path, int status, String parameter) {
        ServerFixture.Response response = fixture.get(path);
        assertProblem(response, status);
        if (parameter != null) {
            assertThat(response.json().get("errors").toString()).as(response.body()).contains("\"" + parameter + "\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"%22unclosed", "AND", "%5B2020%20TO", "*", "a~~~",
        "title:%3F%3F", "%5C", "((((((((((x", "NOT%20NOT", "%00"})
    void oddQuerySyntaxIsSearchedOrRefusedNeverAFailure(String query) {
        ServerFixture.Response response = fixture.get("/api/statements?q=" + query);
        if (response.status() != 200) {
            assertProblem(response, 400);
        }
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        JsonNode problem = fixture.get("/api/statements?page=x&kind=y&from=z").json();
        assertThat(problem.get("errors")).hasSize(3);
        assertThat(problem.get("detail").asText()).isEqualTo("3 parameters are invalid; see errors.");
    }

    @Test
    void wrongMethodsAndBodiesAreRefused() {
        assertProblem(fixture.post("/api/statements", "application/json", "{}", Map.of()), 405);
        assertProblem(fixture.post("/api/people/merge", "text/plain", "{\"people\":[1,2]}", Map.of()), 415);
        assertProblem(fixture.post("/api/people/merge", "application/json", "{not json", Map.of()), 400);
        assertProblem(fixture.post("/api/people/merge", "application/json", "[1,2]", Map.of()), 400);
        assertProblem(fixture.post("/api/people/merge", "application/json", "{\"people\":[1]}", Map.of()), 400);
        assertProblem(fixture.post("/api/people/merge", "application/json", "{\"people\":[1,1]}", Map.of()), 400);
        assertProblem(fixture.post("/api/people/merge", "application/json", "{\"people\":[\"a\",2]}", Map.of()), 400);
        assertProblem(fixture.post("/api/people/merge", "application/json", "{\"people\":[1,2],\"x\":0}", Map.of()), 400);
        assertProblem(fixture.post("/api/people/merge", "application/json", "{\"people\":[999998,999999]}", Map.of()), 404);
        assertProblem(fixture.post("/api/people/1/split", "application/json", "{\"aliases\":[]}", Map.of()), 400);
        assertProblem(fixture.post("/api/people/1/split", "application/json", "{\"aliases\":[\"\"]}", Map.of()), 400);
        assertProblem(fixture.post("/api/people/999999/split", "application/json", "{\"aliases\":[\"X\"]}", Map.of()), 404);
        String huge = "{\"aliases\":[\"" + "x".repeat((int) Limits.MAX_REQUEST_BYTES) + "\"]}";
        assertProblem(fixture.post("/api/people/1/split", "application/json", huge, Map.of()), 413);
    }

    @Test
    void requestsJettyRefusesItselfAlsoGetAProblem() throws Exception {
        assertProblem(fixture.raw("GET /api/statements/%2e%2e/%2e%2e/etc/passwd HTTP/1.1"), 400, 404);
        assertProblem(fixture.raw("GET /api/articles/%zz HTTP/1.1"), 400);
        assertProblem(fixture.raw("GET /api/statements?q=%zz HTTP/1.1"), 400);
        assertProblem(fixture.raw("GET /api/statements?" + "q=x&".repeat(3000) + " HTTP/1.1"), 400, 414, 431);
    }

    private static void assertProblem(ServerFixture.Response response, int... statuses) {
        assertThat(response.status()).as(response.body()).isIn(java.util.Arrays.stream(statuses).boxed().toList());
        assertThat(response.contentType()).as(response.body()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(response.status());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.demarche", "io.javalin", "jetty");
    }
}
