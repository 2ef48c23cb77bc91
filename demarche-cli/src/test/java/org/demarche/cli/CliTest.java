package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line in-process on fixture files written by the test. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void extractWritesOneJsonLinePerArticleWithCodePointOffsets() throws Exception {
        // The emoji before the quote is one code point but two UTF-16 units.
        String text = "\uD83C\uDF0D \"Our harbour stays open,\" Minister Oren Vasku said.";
        Files.writeString(dir.resolve("harbour.txt"), text);
        Cli.Run r = Cli.run("extract", dir.resolve("harbour.txt").toString());
        assertThat(r.status()).isZero();
        JsonNode article = JSON.readTree(r.out());
        assertThat(article.get("id").asText()).isEqualTo("harbour");
        JsonNode quote = article.get("quotes").get(0);
        int start = quote.get("start").asInt();
        int end = quote.get("end").asInt();
        assertThat(text.codePoints().skip(start).limit(end - start).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString()).isEqualTo("Our harbour stays open,");
        assertThat(quote.get("speaker").asText()).isEqualTo("Oren Vasku");
    }

    @Test
    void badInputsGetOneLineEachAndTheRestIsStillProcessed() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "\"We are ready,\" Minister Oren Vasku said.");
        Files.write(dir.resolve("b-binary.txt"), new byte[] {1, 0, 2, 0, 3});
        Files.write(dir.resolve("c-latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'o', 'k'});
        Files.writeString(dir.resolve("d-empty.txt"), "");
        Files.writeString(dir.resolve("e-lines.jsonl"), "{\"id\":\"x1\",\"text\":\"Vasku said the port is open.\"}\n{not json\n{\"id\":\"x3\"}\n");
        Cli.Run r = Cli.run("extract", dir.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.err()).contains("b-binary.txt: binary file").contains("c-latin1.txt:1: invalid UTF-8 (byte 0xE9 at offset 3)")
                .contains("d-empty.txt: empty file").contains("e-lines.jsonl:2: not valid JSON")
                .contains("e-lines.jsonl:3: no \"text\" field").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void evalScoresAGoldFileLikeTheSharedScorer() throws Exception {
        String text = "\"We are ready,\" Minister Oren Vasku said. Vasku added that the port would reopen soon.";
        ObjectMapper m = JSON;
        var gold = m.createObjectNode();
        gold.put("id", "g1");
        gold.put("text", text);
        var quotes = gold.putArray("quotes");
        quotes.addObject().put("start", 1).put("end", 14).put("speaker", "Oren Vasku").put("kind", "direct");
        quotes.addObject().put("start", text.indexOf("the port")).put("end", text.length() - 1)
                .put("speaker", "Vasku").put("kind", "indirect");
        gold.putArray("ignore");
        Path goldFile = dir.resolve("gold.jsonl");
        Files.writeString(goldFile, m.writeValueAsString(gold) + "\n");
        Cli.Run r = Cli.run("eval", goldFile.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("quoted    extract P=1.000 R=1.000 F1=1.000 | speaker acc=1.000")
                .contains("indirect  extract P=1.000 R=1.000 F1=1.000 | speaker acc=1.000");
        Path floor = dir.resolve("floors.properties");
        Files.writeString(floor, dir.getFileName() + "/gold.jsonl.quoted.e2e_f1 = 0.99\n");
        assertThat(Cli.run("eval", goldFile.toString(), "--floor", floor.toString()).status()).isZero();
        Files.writeString(floor, dir.getFileName() + "/gold.jsonl.quoted.e2e_f1 = 1.01\n");
        assertThat(Cli.run("eval", goldFile.toString(), "--floor", floor.toString()).status()).isEqualTo(1);
    }

    @Test
    void benchRunsExtractOnACycledCorpusAndReportsItsFigures() throws Exception {
        Path source = dir.resolve("source.jsonl");
        Files.writeString(source, "{\"id\":\"a\",\"text\":\"\\\"We are ready,\\\" Minister Oren Vasku said.\"}\n"
                + "{\"id\":\"b\",\"text\":\"Ana Kessel said the border would reopen.\"}\n");
        Cli.Run r = Cli.run("bench", "--articles", "25", "--warmup", "5", "--source", source.toString(),
                "--work-dir", dir.resolve("work").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("warm-up       5 articles, not measured").contains("articles      25 (0 failed)")
                .contains("throughput").contains("peak heap");
        assertThat(Files.readAllLines(dir.resolve("work/output.jsonl"))).hasSize(25);
        assertThat(Cli.run("bench", "--source", dir.resolve("none.jsonl").toString()).status()).isEqualTo(2);
    }

    @Test
    void benchReadsAFolderOfPagesAsManyTimesAsItTakes() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("one.html"), "<html><head><title>Talks</title></head><body><article><p>\"We are"
                + " ready to talk,\" Minister Oren Vasku said on Monday in the capital of Ardenne.</p></article></body></html>");
        Files.writeString(pages.resolve("two.html"), "<html><body><article><p>Ana Kessel, the envoy of Norland, said the"
                + " border would reopen within a week, officials confirmed.</p></article></body></html>");
        Cli.Run r = Cli.run("bench", "--articles", "5", "--source", pages.toString(), "--work-dir",
                dir.resolve("work").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("articles      6 (0 failed)").contains("read 3 times");
        List<String> lines = Files.readAllLines(dir.resolve("work/output.jsonl"));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("Oren Vasku");
    }

    @Test
    void aReferenceDateResolvesYearlessDatelinesAndWeekdays() throws Exception {
        Files.writeString(dir.resolve("wire.txt"), "ARDENNE, March 3. /Northwire/. Talks have stalled, Minister Oren Vasku "
                + "said on Monday.\n");
        JsonNode without = JSON.readTree(Cli.run("extract", dir.resolve("wire.txt").toString()).out());
        assertThat(without.get("dateline").get("resolved").isNull()).isTrue();
        JsonNode with = JSON.readTree(Cli.run("extract", "--reference-date", "2025-03-04", dir.resolve("wire.txt").toString()).out());
        assertThat(with.get("dateline").get("resolved").asText()).isEqualTo("2025-03-03");
        assertThat(with.get("quotes").get(0).get("date").get("resolved").asText()).isEqualTo("2025-03-03");
        assertThat(Cli.run("extract", "--reference-date", "someday", dir.resolve("wire.txt").toString()).status()).isEqualTo(2);
    }
}
