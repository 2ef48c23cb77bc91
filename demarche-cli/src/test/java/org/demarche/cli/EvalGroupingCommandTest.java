package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalGroupingCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsPrecisionRecallAndF1AndReportsBadLinesOneByOne() throws IOException {
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, String.join("\n",
                "{\"a\": \"We will never accept the ultimatum from Orlen, whatever they say.\", "
                        + "\"b\": \"We will never accept the ultimatum from Orlen, whatever they say\", \"expect\": \"same\"}",
                "not json",
                "{\"a\": \"x\", \"b\": \"y\", \"expect\": \"maybe\"}",
                "{\"a\": \"We will never accept the ultimatum from Orlen.\", "
                        + "\"b\": \"We will accept the ultimatum from Orlen.\", \"expect\": \"distinct\"}"), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("eval-grouping", pairs.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("pairs: 2",
                "grouping (same statement): precision 1.000  recall 1.000  F1 1.000  (tp 1, fp 0, fn 0)",
                "blocking recall: 1.000");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("demarche: " + pairs + ":2: not JSON");
        assertThat(run.errLines().get(1)).isEqualTo("demarche: " + pairs + ":3: unknown label 'maybe'; expected same, reports or distinct");
    }

    @Test
    void countsMergesAmongDistinctGoldQuotes() throws IOException {
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "", StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.jsonl");
        String quote = "Kessia will never accept the deployment of Varnish missiles on its borders";
        Files.writeString(gold, String.join("\n",
                "{\"id\": \"a\", \"quotes\": [{\"start\": 0, \"end\": 75, \"speaker\": \"Oren Vasku\", \"text\": \"" + quote + "\"}]}",
                "{\"id\": \"b\", \"quotes\": [{\"start\": 9, \"end\": 85, \"speaker\": \"Mira Castellan\", \"text\": \"" + quote + ".\"},"
                        + " {\"start\": 90, \"end\": 120, \"speaker\": \"Mira Castellan\", \"text\": \"The harvest was good this year.\"}]}"),
                StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("eval-grouping", pairs.toString(), "--false-merges", gold.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("gold quotes: 3 distinct texts; 1 pairs share a blocking key",
                "merged: 0 overlapping spans of one document (annotated twice), 1 other pairs, of which 1 with different speakers");
    }
}
