package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchKbCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsTheCostOfEachStep() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"text\": \"Kessia will not join Nato, Oren Vasku said.\", \"quotes\": "
                + "[{\"text\": \"Kessia will not join Nato\", \"speaker\": \"Орен Васку\"}]}\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("bench-kb", gold.toString(), "--warmup", "1", "--rounds", "1");
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(5);
        assertThat(run.outLines().get(0)).isEqualTo("1 articles, 1 quotes, 1 speaker names; 1 untimed and 1 timed rounds of each step");
        assertThat(run.out()).contains("topic tagging", "fingerprint", "sameStatement", "latin + blockingKeys");
    }
}
