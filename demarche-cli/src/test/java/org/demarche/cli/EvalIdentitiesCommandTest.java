package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalIdentitiesCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsPrecisionRecallAndF1AndReportsBadLinesOneByOne() throws IOException {
        Path pairs = dir.resolve("names.jsonl");
        Files.writeString(pairs, String.join("\n",
                "{\"a\": \"Сергей Рябков\", \"b\": \"Sergei Ryabkov\", \"expect\": \"same\"}",
                "{\"a\": \"Jake Sullivan\", \"b\": \"John J. Sullivan\", \"expect\": \"different\"}",
                "{\"a\": \"Sullivan\", \"a_roles\": [\"national security adviser\"], \"b\": \"Jake Sullivan\", \"expect\": \"same\"}",
                "{\"a\": \"Jake Sullivan\", \"expect\": \"same\"}"), StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("eval-identities", pairs.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("pairs: 3", "same person: precision 1.000  recall 1.000  F1 1.000  (tp 2, fp 0, fn 0)",
                "blocking recall: 1.000 (2 of 2");
        assertThat(run.errLines()).containsExactly("demarche: " + pairs
                + ":4: needs text fields 'a' and 'b' and 'expect' = same or different");
    }
}
