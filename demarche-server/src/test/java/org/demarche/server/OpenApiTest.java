package org.demarche.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document describes exactly the routes the server has. */
class OpenApiTest extends ServedKnowledgeBaseTest {
    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        ServerFixture.Response response = fixture.get("/api/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.get("openapi").asText()).startsWith("3.1");

        List<String> documented = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                documented.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(fixture.server.routes());
    }

    @Test
    void everyQueryParameterOfTheSearchesIsDocumented() {
        JsonNode paths = fixture.get("/api/openapi.json").json().get("paths");
        assertThat(parameterNames(paths.get("/api/statements").get("get")))
                .containsExactlyInAnyOrderElementsOf(org.demarche.server.api.StatementsApi.SEARCH_PARAMS);
        assertThat(parameterNames(paths.get("/api/people").get("get")))
                .containsExactlyInAnyOrderElementsOf(org.demarche.server.api.PeopleApi.SEARCH_PARAMS);
    }

    @Test
    void everySchemaReferenceResolves() {
        JsonNode document = fixture.get("/api/openapi.json").json();
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            String name = reference.substring("#/components/schemas/".length());
            assertThat(document.get("components").get("schemas").has(name)).as(reference).isTrue();
        }
    }

    private static List<String> parameterNames(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.get("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));
        return names;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
