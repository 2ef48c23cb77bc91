package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.cli.output.ArticleJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code extract} output, and the example in docs/output-format.md, validate against docs/output-schema.json
 * (JSON Schema draft 2020-12); output that breaks the format does not.
 */
class OutputSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = Path.of("..", "docs");
    private static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        String text = Files.readString(DOCS.resolve("output-schema.json"), StandardCharsets.UTF_8);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
    }

    private static List<String> errors(String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    @Test
    void theSchemaIsForThisVersionOfTheFormat() throws IOException {
        JsonNode s = JSON.readTree(DOCS.resolve("output-schema.json").toFile());
        assertThat(s.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(s.path("properties").path("schema_version").path("const").asText()).isEqualTo(ArticleJson.SCHEMA_VERSION);
    }

    @Test
    void extractOutputValidatesWithAndWithoutText() throws IOException {
        // A dateline, a title, metadata from the record, direct, indirect and unattributed statements, an astral
        // character before quotes (code-point offsets), a person with a role and an organization.
        String wire = "Velmora reopens its main port to grain ships\n\n"
                + "SALVIN, February 9. /SWA/. Velmora will reopen its main port next week, Foreign Minister Oren Vasku said.\n\n"
                + "\u201cThe harbour stays open \ud83c\udf0a to every ship,\u201d Vasku told reporters. He added that talks"
                + " with Ostrava would resume in March.\n\n"
                + "According to the Velmoran Foreign Ministry, \u201cno further closures are planned.\u201d\n";
        ObjectNode record = JSON.createObjectNode().put("id", "wire-1").put("text", wire).put("published", "2025-02-10")
                .put("url", "https://news.example/1").put("outlet", "Salvin Wire").put("language", "en");
        Files.writeString(dir.resolve("in.jsonl"), JSON.writeValueAsString(record) + "\n"
                + JSON.writeValueAsString(JSON.createObjectNode().put("id", "bare").put("text", "Nothing was said here.")) + "\n");
        Files.writeString(dir.resolve("plain.txt"), "\"We are ready,\" said Ana Kessel, the envoy of Ostrava.");

        for (String[] args : new String[][] {{"extract", dir.toString()}, {"extract", "--with-text", dir.toString()}}) {
            Cli.Run r = Cli.run(args);
            assertThat(r.status()).isZero();
            List<String> lines = r.outLines();
            assertThat(lines).hasSize(3);
            for (String line : lines) {
                assertThat(errors(line)).as("schema errors for %s", line).isEmpty();
            }
            JsonNode first = JSON.readTree(lines.get(0));
            assertThat(first.get("dateline").isObject()).isTrue();
            assertThat(first.get("quotes").size()).isGreaterThanOrEqualTo(3);
            assertThat(first.get("people").size()).isGreaterThanOrEqualTo(1);
            assertThat(first.has("text")).isEqualTo(args.length == 3);
        }
    }

    @Test
    void theDocumentedExampleValidates() throws IOException {
        String doc = Files.readString(DOCS.resolve("output-format.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("a ```json example in output-format.md").isTrue();
        assertThat(errors(m.group(1))).isEmpty();
    }

    @Test
    void outputThatBreaksTheFormatIsRejected() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "\"We are ready,\" Minister Oren Vasku said.");
        String line = Cli.run("extract", dir.resolve("a.txt").toString()).outLines().get(0);
        assertThat(errors(line)).isEmpty();

        ObjectNode missing = (ObjectNode) JSON.readTree(line);
        missing.remove("quotes");
        assertThat(errors(missing.toString())).isNotEmpty();

        ObjectNode extra = (ObjectNode) JSON.readTree(line);
        extra.put("mood", "calm");
        assertThat(errors(extra.toString())).isNotEmpty();

        ObjectNode badKind = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) badKind.get("quotes").get(0)).put("kind", "shouted");
        assertThat(errors(badKind.toString())).isNotEmpty();

        ObjectNode negative = (ObjectNode) JSON.readTree(line);
        ((ObjectNode) negative.get("quotes").get(0)).put("start", -1);
        assertThat(errors(negative.toString())).isNotEmpty();

        ObjectNode badDate = (ObjectNode) JSON.readTree(line);
        badDate.put("published", "9 February");
        assertThat(errors(badDate.toString())).isNotEmpty();
    }
}
