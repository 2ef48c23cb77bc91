package org.demarche.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.demarche.cli.Main;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.query.ArticleDetail;
import org.demarche.store.query.Page;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job in local mode on the demo corpus plus an invented web page and a broken JSON line, compared with what the
 * command line's {@code extract} and {@code ingest} + {@code export} make of the same directory.
 */
class DemarcheJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path corpus;
    static SparkSession spark;
    static DemarcheJob.Summary summary;

    @BeforeAll
    static void runJob() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> demo = Files.list(Path.of("../demo/corpus"))) {
            for (Path f : demo.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        Files.writeString(corpus.resolve("zz-broken.jsonl"), "{\"id\": \"broken\", \"text\": \"unterminated\n");
        Files.writeString(corpus.resolve("page.html"), """
                <html><head><title>Velmoran envoy rejects tariff plan</title></head><body><article>
                <h1>Velmoran envoy rejects tariff plan</h1>
                <p>ORLENBURG, April 2 — Velmora's envoy to the trade council, Tamsin Arvel, rejected the tariff plan
                on Thursday.</p>
                <p>"Nobody in our member states should freeze because of decisions made in Belgravsk," Arvel told
                reporters, repeating a phrase first used by the alliance.</p>
                <p>Arvel said the council would meet again in May to review the proposal.</p>
                </article></body></html>
                """);
        spark = DemarcheJob.session(SparkSession.builder().master("local[2]").appName("demarche-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4"));
        summary = DemarcheJob.run(spark, new JobOptions(List.of(corpus.toString()), dir.resolve("out").toString(),
                JobOptions.OutputFormat.PARQUET, null, 0));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void everyArticleIsExtractedAndTheBrokenLineIsAFailure() throws IOException {
        List<JsonNode> extracted = cli("extract", corpus.toString());
        assertThat(summary.articles()).isEqualTo(extracted.size()).isGreaterThan(16);
        List<JsonNode> failures = dataset(Datasets.FAILURES);
        assertThat(failures).hasSize(1);
        assertThat(failures.getFirst().get("source").asText()).endsWith("zz-broken.jsonl:1");
        assertThat(summary.failures()).isEqualTo(1);
    }

    @Test
    void sourcesCarryTheSameQuotesSpeakersAndOffsetsAsExtract() throws IOException {
        List<String> expected = new ArrayList<>();
        for (JsonNode article : cli("extract", corpus.toString())) {
            for (JsonNode q : article.get("quotes")) {
                expected.add(String.join("|", article.get("id").asText(), q.get("kind").asText(),
                        q.get("start").asText(), q.get("end").asText(), q.get("text").asText(),
                        text(q, "speaker"), q.path("cue").path("start").asText("-1")));
            }
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode statement : dataset(Datasets.STATEMENTS)) {
            for (JsonNode s : statement.get("sources")) {
                actual.add(String.join("|", s.get("article_id").asText(), s.get("kind").asText(),
                        s.get("start").asText(), s.get("end").asText(), s.get("text").asText(),
                        text(s, "speaker_name"), s.get("cue_start").asText()));
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void statementsAndPeopleAreThoseIngestStores() throws IOException {
        List<JsonNode> export = cli("export", "--data", ingested().toString(), "--format", "jsonl");

        List<String> expectedStatements = new ArrayList<>();
        List<String> expectedPeople = new ArrayList<>();
        for (JsonNode record : export) {
            if (record.get("type").asText().equals("statement")) {
                List<String> sources = new ArrayList<>();
                record.get("sources").forEach(s -> sources.add(s.get("articleId").asText() + "@" + s.get("kind").asText()
                        + ":" + s.get("text").asText()));
                expectedStatements.add(String.join("|", record.get("id").asText(), record.get("text").asText(),
                        record.get("kind").asText(), text(record.path("speaker"), "name"),
                        text(record, "speakerRole"), text(record, "date"),
                        text(record, "dateDerivation"), record.get("topics").toString(), sources.toString()));
            } else {
                List<String> aliases = new ArrayList<>();
                record.get("aliases").forEach(a -> aliases.add(a.asText()));
                aliases.sort(null);
                List<String> roles = new ArrayList<>();
                record.get("roles").forEach(r -> roles.add(r.get("role").asText() + " " + text(r, "firstSeen")
                        + ".." + text(r, "lastSeen") + " x" + r.get("articles").asText()));
                expectedPeople.add(String.join("|", record.get("id").asText(), record.get("name").asText(),
                        aliases.toString(), roles.toString(), text(record, "firstSeen"),
                        text(record, "lastSeen"), record.get("articleCount").asText(),
                        record.get("statementCount").asText()));
            }
        }

        List<String> statements = new ArrayList<>();
        for (JsonNode s : dataset(Datasets.STATEMENTS)) {
            List<String> sources = new ArrayList<>();
            s.get("sources").forEach(src -> sources.add(src.get("article_id").asText() + "@" + src.get("kind").asText()
                    + ":" + src.get("text").asText()));
            statements.add(String.join("|", s.get("id").asText(), s.get("text").asText(), s.get("kind").asText(),
                    text(s, "speaker"), text(s, "speaker_role"), text(s, "date"),
                    text(s, "date_derivation"), s.get("topics").toString(), sources.toString()));
        }
        List<String> people = new ArrayList<>();
        for (JsonNode p : dataset(Datasets.PEOPLE)) {
            List<String> aliases = new ArrayList<>();
            p.get("aliases").forEach(a -> aliases.add(a.asText()));
            List<String> roles = new ArrayList<>();
            p.get("roles").forEach(r -> roles.add(r.get("role").asText() + " " + text(r, "first_seen")
                    + ".." + text(r, "last_seen") + " x" + r.get("articles").asText()));
            people.add(String.join("|", p.get("id").asText(), p.get("name").asText(), aliases.toString(),
                    roles.toString(), text(p, "first_seen"), text(p, "last_seen"),
                    p.get("article_count").asText(), p.get("statement_count").asText()));
        }
        assertThat(expectedStatements).hasSizeGreaterThan(20);
        assertThat(statements).containsExactlyInAnyOrderElementsOf(expectedStatements);
        assertThat(people).containsExactlyInAnyOrderElementsOf(expectedPeople);
    }

    @Test
    void loadingTheOutputGivesTheStoreIngestBuilds() throws IOException {
        Path loaded = dir.resolve("loaded");
        assertThat(run("ingest", "--parquet", out().toString(), "--data", loaded.toString())).isZero();
        List<JsonNode> expected = cli("export", "--data", ingested().toString());
        assertThat(expected).hasSizeGreaterThan(30);
        assertThat(cli("export", "--data", loaded.toString())).isEqualTo(expected);

        // What the web UI shows: each article's page (text, quote spans, speakers), the search index, the figures.
        try (KnowledgeBase built = KnowledgeBase.open(ingested()); KnowledgeBase load = KnowledgeBase.open(loaded)) {
            List<String> ids = dataset(Datasets.ARTICLES).stream().map(a -> a.get("id").asText()).toList();
            assertThat(ids).hasSize((int) summary.articles());
            for (String id : ids) {
                ArticleDetail article = load.article(id).orElseThrow();
                assertThat(article).isEqualTo(built.article(id).orElseThrow());
            }
            ArticleDetail page = load.article(ids.stream().filter(id -> load.article(id).orElseThrow().text()
                    .contains("Tamsin Arvel")).findFirst().orElseThrow()).orElseThrow();
            assertThat(page.quotes()).isNotEmpty().allSatisfy(q -> assertThat(page.text()).contains("Arvel"));
            Page<StatementHit> found = load.statements(StatementQuery.text("tariff"));
            assertThat(found.items()).isNotEmpty();
            assertThat(found).isEqualTo(built.statements(StatementQuery.text("tariff")));
            assertThat(load.stats()).isEqualTo(built.stats());
        }
    }

    @Test
    void loadingTheSameOutputAgainChangesNothing() throws IOException {
        Path store = dir.resolve("reloaded");
        assertThat(run("ingest", "--parquet", out().toString(), "--data", store.toString())).isZero();
        List<JsonNode> first = cli("export", "--data", store.toString());
        Output again = runCapturing("ingest", "--parquet", out().toString(), "--data", store.toString());
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains(" 0 added, 0 replaced, " + summary.articles() + " unchanged, 0 failed");
        assertThat(cli("export", "--data", store.toString())).isEqualTo(first);
    }

    @Test
    void loadingIntoAStoreWithArticlesMergesAsIngestWould() throws IOException {
        // Part of the corpus ingested first, then the job's output of all of it: as if ingest had read it all.
        Path store = dir.resolve("merged");
        assertThat(run("ingest", "--data", store.toString(), corpus.resolve("harbour-post.jsonl").toString())).isZero();
        Output load = runCapturing("ingest", "--parquet", out().toString(), "--data", store.toString());
        assertThat(load.status()).isZero();
        assertThat(load.err()).containsPattern(" [1-9][0-9]* unchanged");
        Path both = dir.resolve("both");
        assertThat(run("ingest", "--data", both.toString(), corpus.resolve("harbour-post.jsonl").toString())).isZero();
        run("ingest", "--data", both.toString(), corpus.toString());
        assertThat(cli("export", "--data", store.toString())).isEqualTo(cli("export", "--data", both.toString()));
    }

    @Test
    void anUnusableDirectoryGivesOneLineAndExitStatusOne() throws IOException {
        Path noMarker = Files.createDirectories(dir.resolve("bad-no-marker"));
        int otherVersion = Datasets.SCHEMA_VERSION + 1;
        Path otherLayout = layout(dir.resolve("bad-version"), "schema=" + otherVersion + "\nformat=parquet\n");
        Path jsonLines = layout(dir.resolve("bad-jsonl"), "schema=1\nformat=jsonl\n");
        // Parquet files without the article columns: the people dataset where the articles should be.
        Path wrongColumns = layout(dir.resolve("bad-columns"), "schema=1\nformat=parquet\n");
        Files.createDirectories(wrongColumns.resolve(Datasets.ARTICLES));
        try (Stream<Path> parts = Files.list(out().resolve(Datasets.PEOPLE))) {
            for (Path part : parts.toList()) {
                Files.copy(part, wrongColumns.resolve(Datasets.ARTICLES).resolve(part.getFileName()));
            }
        }
        assertUnusable(dir.resolve("no-such-dir"), "no-such-dir: no such directory");
        assertUnusable(noMarker, "not the output of demarche-spark's job (no _demarche.properties)");
        assertUnusable(otherLayout, "datasets of layout version " + otherVersion + "; this demarche loads version "
                + Datasets.SCHEMA_VERSION + " ");
        assertUnusable(jsonLines, "datasets written as jsonl");
        assertUnusable(wrongColumns, "no column order of type INT64");
    }

    private static void assertUnusable(Path output, String reason) {
        Path store = dir.resolve("never-made");
        Output run = runCapturing("ingest", "--parquet", output.toString(), "--data", store.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("demarche: ingest --parquet: ").contains(reason));
        assertThat(store).doesNotExist();
    }

    private static Path layout(Path output, String marker) throws IOException {
        Files.createDirectories(output);
        Files.writeString(output.resolve(Datasets.MARKER), marker);
        return output;
    }

    @Test
    void jsonLinesOutputHoldsTheSameStatementsAsParquet() throws IOException {
        Path out = dir.resolve("out-jsonl");
        Path oneFile = corpus.resolve("harbour-post.jsonl");
        DemarcheJob.run(spark, new JobOptions(List.of(oneFile.toString()), out.toString(),
                JobOptions.OutputFormat.JSONL, null, 0));
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve(Datasets.STATEMENTS))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                lines.addAll(Files.readAllLines(part));
            }
        }
        List<String> texts = new ArrayList<>();
        for (String line : lines) {
            texts.add(JSON.readTree(line).get("text").asText());
        }
        List<String> extracted = new ArrayList<>();
        cli("extract", oneFile.toString()).forEach(a -> a.get("quotes").forEach(q -> extracted.add(q.get("text").asText())));
        // Each passage of this one outlet's articles is its own statement, except verbatim repeats.
        assertThat(texts).isNotEmpty().hasSameElementsAs(extracted);
    }

    /** A field's text; "" when it is null or missing (the job's JSON leaves null fields out, export writes null). */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    private static Path out() {
        return dir.resolve("out");
    }

    /** The store {@code ingest} builds of the corpus, made once. */
    private static synchronized Path ingested() {
        Path data = dir.resolve("store");
        if (!Files.exists(data)) {
            assertThat(run("ingest", "--data", data.toString(), corpus.toString())).isEqualTo(1); // the broken line
        }
        return data;
    }

    /** A dataset of the job's output, each row as JSON. */
    private static List<JsonNode> dataset(String name) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : spark.read().parquet(out().resolve(name).toString()).toJSON().collectAsList()) {
            rows.add(JSON.readTree(line));
        }
        return rows;
    }

    /** What a command writes on standard output, one JSON value per line. */
    private static List<JsonNode> cli(String... args) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new CommandLine(new Main()).execute(args);
        } finally {
            System.setOut(stdout);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    private record Output(int status, String err) {
    }

    /** A command's exit status and what it wrote on standard error. */
    private static Output runCapturing(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Output(run(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }
}
