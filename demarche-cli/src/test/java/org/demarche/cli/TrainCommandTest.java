package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.Demarche;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Article;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Gold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training command on an invented gold file (fictional countries; offsets in code points). */
class TrainCommandTest {
    @TempDir
    Path dir;

    /** An emoji before the cue makes code points and UTF-16 indices differ by one. */
    private static final String TEXT = "\uD83C\uDF0D Talks\n\nKessel said the border would reopen.\n";

    private Path goldFile() throws Exception {
        int cue = TEXT.codePointCount(0, TEXT.indexOf("said"));
        int content = TEXT.codePointCount(0, TEXT.indexOf("the border"));
        String line = "{\"id\":\"a1\",\"text\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(TEXT)
                + ",\"quotes\":[{\"start\":" + content + ",\"end\":" + (content + "the border would reopen".length())
                + ",\"kind\":\"indirect\",\"attribution\":\"E1\",\"cue_start\":" + cue + ",\"cue_end\":" + (cue + 4) + "}]}\n";
        Path gold = dir.resolve("train.jsonl");
        Files.writeString(gold, line + line.replace("a1", "a2"), StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void readsCodePointOffsetsAsTextIndices() throws Exception {
        List<Article> articles = TrainCommand.ReportedSpeech.read(goldFile(), Demarche.pipeline());
        assertThat(articles).hasSize(2);
        Gold g = articles.get(0).attributions().get(0);
        assertThat(TEXT.substring(g.cueStart(), g.cueEnd())).isEqualTo("said");
        assertThat(TEXT.substring(g.contents().get(0)[0], g.contents().get(0)[1])).isEqualTo("the border would reopen");
    }

    @Test
    void scoresEachStageOnTheDevelopmentFile() throws Exception {
        Path gold = goldFile();
        Cli.Run run = Cli.run("train", "reported-speech", "--train", gold.toString(), "--out",
                dir.resolve("m.model").toString(), "--cue-bits", "10", "--content-bits", "10", "--folds", "2",
                "--dev", gold.toString());
        assertThat(run.status()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).contains("stage 1 cues R=").contains("of 2 annotated");
        assertThat(run.outLines().get(1)).contains("contents from stage 1's cues P=");
        assertThat(run.outLines().get(2)).contains("contents from the annotated cues P=");
    }

    @Test
    void writesTheSameModelTwice() throws Exception {
        Path gold = goldFile();
        Path first = dir.resolve("one.model");
        Path second = dir.resolve("two.model");
        assertThat(Main.run("train", "reported-speech", "--train", gold.toString(), "--out", first.toString(),
                "--cue-bits", "10", "--content-bits", "10", "--folds", "2")).isZero();
        assertThat(Main.run("train", "reported-speech", "--train", gold.toString(), "--out", second.toString(),
                "--cue-bits", "10", "--content-bits", "10", "--folds", "2")).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (InputStream in = Files.newInputStream(first)) {
            assertThat(org.demarche.attribution.learned.ReportedSpeechModel.read(in)).isNotNull();
        }
    }
}
