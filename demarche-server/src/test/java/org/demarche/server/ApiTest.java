package org.demarche.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read API over a real knowledge base holding the fixture articles. */
class ApiTest extends ServedKnowledgeBaseTest {
    @Test
    void fullTextSearchMarksMatchesAndGroupsOutlets() {
        ServerFixture.Response response = fixture.get("/api/statements?q=signature");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode page = response.json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode hit = page.get("items").get(0);
        assertThat(hit.get("fragment").asText()).contains("<mark>signature</mark>");
        assertThat(hit.get("kind").asText()).isEqualTo("direct");
        assertThat(hit.get("speaker").get("name").asText()).startsWith("Ilsa Marovi");
        assertThat(hit.get("sourceCount").asInt()).isEqualTo(2);
    }

    @Test
    void statementCarriesEverySourceEarliestFirst() {
        long id = fixture.get("/api/statements?q=signature").json().get("items").get(0).get("id").asLong();
        JsonNode statement = fixture.get("/api/statements/" + id).json();
        List<String> outlets = new ArrayList<>();
        statement.get("sources").forEach(source -> outlets.add(source.get("outlet").asText()));
        assertThat(outlets).containsExactly("Fixture Wire", "Fixture Courier");
        assertThat(statement.get("sources").get(0).get("url").asText()).isEqualTo("https://wire.example/2026/03/talks");
        assertThat(statement.get("sources").get(0).get("date").asText()).isEqualTo("2026-03-04");
    }

    @Test
    void filtersNarrowTheSearch() {
        assertThat(fixture.get("/api/statements?q=signature&outlet=Fixture%20Courier").json().get("total").asLong())
                .isEqualTo(1);
        assertThat(fixture.get("/api/statements?q=signature&from=2026-06-01").json().get("total").asLong())
                .isZero();
        assertThat(fixture.get("/api/statements?kind=indirect&q=signature").json().get("total").asLong()).isZero();
        JsonNode byDate = fixture.get("/api/statements?sort=date&pageSize=2&page=0").json();
        assertThat(byDate.get("items")).hasSize(2);
        assertThat(byDate.get("pageSize").asInt()).isEqualTo(2);
        String first = byDate.get("items").get(0).get("date").asText();
        String second = byDate.get("items").get(1).get("date").asText();
        assertThat(first.compareTo(second)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void personHasAliasesRolesMonthsAndStatements() {
        JsonNode people = fixture.get("/api/people?q=" + URLEncoder.encode("Marovic", StandardCharsets.UTF_8)).json();
        assertThat(people.get("total").asLong()).isEqualTo(1);
        long id = people.get("items").get(0).get("id").asLong();

        JsonNode person = fixture.get("/api/people/" + id).json();
        assertThat(person.get("aliases").toString()).contains("Marović");
        assertThat(person.get("roles").toString()).contains("Foreign Minister");
        assertThat(person.get("statementsPerMonth").get(0).get("month").asText()).isEqualTo("2026-03");
        assertThat(person.get("latestStatements")).isNotEmpty();

        JsonNode theirs = fixture.get("/api/statements?speaker=" + id).json();
        assertThat(theirs.get("total").asLong()).isEqualTo(person.get("statementCount").asLong());
    }

    @Test
    void articleHasTextAndQuoteSpansInJavaScriptOffsets() {
        JsonNode article = fixture.get("/api/articles/courier-talks").json();
        String text = article.get("text").asText();
        List<String> spans = new ArrayList<>();
        article.get("quotes").forEach(quote -> spans.add(text.substring(quote.get("start").asInt(), quote.get("end").asInt())));
        assertThat(spans).anySatisfy(span -> assertThat(span).startsWith("We will not trade our security"));
        assertThat(article.get("outlet").asText()).isEqualTo("Fixture Courier");
    }

    @Test
    void statsCountTheCorpus() {
        JsonNode stats = fixture.get("/api/stats").json();
        assertThat(stats.get("articles").asLong()).isEqualTo(3);
        assertThat(stats.get("outlets").asLong()).isEqualTo(3);
        assertThat(stats.get("mostQuoted")).isNotEmpty();
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String path : List.of("/api/statements/999999", "/api/people/999999", "/api/articles/no-such-article")) {
            ServerFixture.Response response = fixture.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void theUiIsServedWithAStrictContentPolicy() {
        ServerFixture.Response index = fixture.get("/");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).contains("<main id=\"main\"");
        assertThat(fixture.get("/js/app.js").status()).isEqualTo(200);
        assertThat(fixture.get("/style.css").status()).isEqualTo(200);
    }
}
