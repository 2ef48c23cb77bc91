package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search, people and export in-process on invented articles. */
class KnowledgeBaseCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        Path file = dir.resolve("wire.jsonl");
        Files.writeString(file, """
                {"id":"c1","url":"https://courier.example/1","outlet":"Northern Courier","published":"2026-03-02","text":"VELDRA, March 2 (Northern Courier) - Varnia's Foreign Minister Oren Vasku spoke on Monday.\\n\\n\\"We will not bargain away our security for a handful of promises,\\" Vasku told reporters."}
                {"id":"g7","url":"https://gazette.example/7","outlet":"Ostmark Gazette","published":"2026-03-03","text":"Oren Vasku, the foreign minister of Varnia, was defiant.\\n\\n\\u201cWe will not bargain away our security for a handful of promises,\\u201d Vasku said on Tuesday."}
                {"id":"broken"}
                """);
        return file;
    }

    @Test
    void ingestThenSearchPeopleAndExport() throws Exception {
        String data = dir.resolve("data").toString();
        Cli.Run ingest = Cli.run("ingest", corpus().toString(), "--data", data);
        assertThat(ingest.status()).isEqualTo(1);
        assertThat(ingest.err()).contains("wire.jsonl:3: no \"text\" field").contains("2 added").contains("1 failed")
                .doesNotContain("Exception");

        Cli.Run again = Cli.run("ingest", corpus().toString(), "--data", data);
        assertThat(again.err()).contains("0 added").contains("2 unchanged");

        Cli.Run search = Cli.run("search", "bargain", "--json", "--data", data);
        assertThat(search.status()).isZero();
        JsonNode hit = JSON.readTree(search.outLines().getFirst());
        assertThat(hit.get("sourceCount").asInt()).isEqualTo(2);
        assertThat(hit.get("speaker").get("name").asText()).isEqualTo("Oren Vasku");
        assertThat(hit.get("fragment").asText()).contains("<mark>bargain</mark>");

        Cli.Run bySpeaker = Cli.run("search", "--speaker", "Vasku", "--data", data);
        assertThat(bySpeaker.out()).contains("bargain away").contains("Oren Vasku");

        Cli.Run people = Cli.run("people", "vasku", "--data", data);
        assertThat(people.out()).contains("Oren Vasku").contains("1 of 1 people");

        Cli.Run jsonl = Cli.run("export", "--data", data);
        assertThat(jsonl.outLines()).anySatisfy(line -> assertThat(line).startsWith("{\"type\":\"statement\"")
                .contains("\"articleId\":\"c1\"").contains("\"articleId\":\"g7\"").contains("\"outlet\":\"Ostmark Gazette\""));
        assertThat(jsonl.outLines()).anySatisfy(line -> assertThat(line).startsWith("{\"type\":\"person\"")
                .contains("\"aliases\":[").contains("\"roles\":["));

        Cli.Run csv = Cli.run("export", "--format", "csv", "--data", data);
        assertThat(csv.outLines().getFirst()).startsWith("statement_id,text,kind,speaker_id,speaker");
        assertThat(csv.out()).contains(",c1,Northern Courier,https://courier.example/1,")
                .contains(",g7,Ostmark Gazette,https://gazette.example/7,");
    }

    @Test
    void readingAMissingStoreExplainsWhatToDo() {
        Cli.Run r = Cli.run("search", "anything", "--data", dir.resolve("nowhere").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no knowledge base in").contains("demarche ingest");
    }

    @Test
    void correctionsFromTheCommandLine() throws Exception {
        String data = dir.resolve("data").toString();
        Cli.run("ingest", corpus().toString(), "--data", data);
        Cli.Run merge = Cli.run("people", "merge", "1", "999", "--data", data);
        assertThat(merge.status()).isEqualTo(2);
        assertThat(merge.err()).contains("no person with id 999");
    }
}
