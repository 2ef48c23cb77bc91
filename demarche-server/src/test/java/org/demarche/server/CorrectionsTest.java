package org.demarche.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge and split through the API, behind the server's token. */
class CorrectionsTest {
    static final String TOKEN = "fixture-token-0123456789";

    @TempDir
    static Path dataDir;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ServerFixture.start(dataDir, TOKEN);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) { // null when the start was skipped (a PostgreSQL variant without a server)
            fixture.close();
            fixture = null;
        }
    }

    @Test
    void correctionsNeedTheToken() {
        String body = "{\"people\":[1,2]}";
        ServerFixture.Response none = fixture.post("/api/people/merge", "application/json", body, Map.of());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        ServerFixture.Response wrong = fixture.post("/api/people/merge", "application/json", body,
                Map.of("Authorization", "Bearer not-the-token"));
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void mergeThenSplitWithTheToken() {
        long marovic = personId("Marovic");
        long belenko = personId("Belenko");
        Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKEN);

        ServerFixture.Response merged = fixture.post("/api/people/merge", "application/json",
                "{\"people\":[" + marovic + "," + belenko + "]}", auth);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        long mergedId = merged.json().get("id").asLong();
        JsonNode person = fixture.get("/api/people/" + mergedId).json();
        assertThat(person.get("aliases").toString()).contains("Belenko").contains("Marovic");

        ServerFixture.Response split = fixture.post("/api/people/" + mergedId + "/split", "application/json",
                "{\"aliases\":[\"Rustam Belenko\"]}", auth);
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        assertThat(split.json().get("id").asLong()).isPositive();
        JsonNode found = fixture.get("/api/people?q=Rustam%20Belenko").json().get("items").get(0);
        assertThat(found.get("name").asText()).isEqualTo("Rustam Belenko");
        assertThat(found.get("id").asLong()).isNotEqualTo(mergedId);
    }

    private static long personId(String name) {
        return fixture.get("/api/people?q=" + name).json().get("items").get(0).get("id").asLong();
    }
}
