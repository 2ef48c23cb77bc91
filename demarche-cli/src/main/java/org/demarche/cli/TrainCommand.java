package org.demarche.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.demarche.Demarche;
import org.demarche.attribution.learned.ReportedSpeechModel;
import org.demarche.attribution.learned.ReportedSpeechTrainer;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Article;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Gold;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Options;
import org.demarche.attribution.learned.StageScores;
import org.demarche.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demarche train ...}: trains the learned components from annotated articles. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a learned component from annotated articles.",
        subcommands = {TrainCommand.ReportedSpeech.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code demarche train reported-speech --train FILE --out FILE}. */
    @Command(name = "reported-speech", mixinStandardHelpOptions = true,
            description = {"Train the reported-speech model (cue tagger + content tagger) from a gold JSON Lines file",
                    "whose quotes carry cue_start/cue_end and an attribution id (offsets in code points).",
                    "Deterministic: the same file and options write the same model bytes."})
    static final class ReportedSpeech implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Option(names = "--train", required = true, paramLabel = "FILE", description = "Training articles (JSON Lines).")
        Path train;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
        Path out;

        @Option(names = "--cue-epochs", description = "Passes over the data for the cue tagger (default: ${DEFAULT-VALUE}).")
        int cueEpochs = Options.DEFAULT.cueEpochs();

        @Option(names = "--content-epochs", description = "Passes for the content tagger (default: ${DEFAULT-VALUE}).")
        int contentEpochs = Options.DEFAULT.contentEpochs();

        @Option(names = "--folds", description = "Jackknife folds for the content tagger's cue inputs (default: ${DEFAULT-VALUE}).")
        int folds = Options.DEFAULT.folds();

        @Option(names = "--seed", description = "Seed of the example order (default: ${DEFAULT-VALUE}).")
        long seed = Options.DEFAULT.seed();

        @Option(names = "--cue-bits", description = "Hash bits of the cue tagger's table (default: ${DEFAULT-VALUE}).")
        int cueBits = Options.DEFAULT.cueBits();

        @Option(names = "--content-bits", description = "Hash bits of the content tagger's table (default: ${DEFAULT-VALUE}).")
        int contentBits = Options.DEFAULT.contentBits();

        @Option(names = "--cue-bias", description = "Added to the cue tagger's score for starting a cue (default: ${DEFAULT-VALUE}).")
        float cueBias = Options.DEFAULT.cueBias();

        @Option(names = "--content-runs", description = "Content tagger runs over different example orders, "
                + "averaged into one (default: ${DEFAULT-VALUE}).")
        int contentRuns = Options.DEFAULT.contentRuns();

        @Option(names = "--dev", paramLabel = "FILE", description = "Annotated articles (never the training ones) to "
                + "score each stage of the new model on: stage 1's cues, the contents from them, and the contents "
                + "from the annotated cues.")
        Path dev;

        @Override
        public Integer call() throws IOException {
            Pipeline pipeline = Demarche.pipeline();
            List<Article> articles = read(train, pipeline);
            System.err.println("demarche: " + articles.size() + " training articles from " + train);
            Options options = new Options(cueEpochs, contentEpochs, folds, seed, cueBits, contentBits, cueBias,
                    contentRuns);
            ReportedSpeechModel model = new ReportedSpeechTrainer(options, m -> System.err.println("demarche: " + m))
                    .train(articles);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.write(bytes);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.write(out, bytes.toByteArray());
            System.err.printf(java.util.Locale.ROOT, "demarche: wrote %s (%.2f MB)%n", out, bytes.size() / 1e6);
            if (dev != null) {
                printStageScores(StageScores.of(model, read(dev, pipeline)));
            }
            return 0;
        }

        private void printStageScores(StageScores s) {
            System.out.printf(java.util.Locale.ROOT, "%s: stage 1 cues R=%.3f (%d of %d annotated) P=%.3f (%d of %d)%n",
                    dev, s.cueRecall(), s.goldCuesFound(), s.goldCues(), s.cuePrecision(), s.cuesRight(), s.cues());
            printContents("contents from stage 1's cues", s.contents());
            printContents("contents from the annotated cues", s.contentsOfGoldCues());
        }

        private void printContents(String what, StageScores.Counts c) {
            System.out.printf(java.util.Locale.ROOT, "%s: %s P=%.3f R=%.3f F1=%.3f (matched %d, spurious %d, missed %d)%n",
                    dev, what, c.precision(), c.recall(), c.f1(), c.matched(), c.spurious(), c.missed());
        }

        static List<Article> read(Path file, Pipeline pipeline) throws IOException {
            List<Article> articles = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode r = JSON.readTree(line);
                    String text = r.path("text").asText();
                    int[] chars = charOffsets(text);
                    Map<String, Gold> byAttribution = new LinkedHashMap<>();
                    for (JsonNode q : r.path("quotes")) {
                        if (!q.hasNonNull("cue_start") || !q.hasNonNull("cue_end")) {
                            continue;
                        }
                        String key = q.path("attribution").asText("") + "@" + q.get("cue_start").asInt();
                        Gold gold = byAttribution.computeIfAbsent(key, k -> new Gold(chars[q.get("cue_start").asInt()],
                                chars[q.get("cue_end").asInt()], new ArrayList<>()));
                        if ("indirect".equals(q.path("kind").asText())) {
                            gold.contents().add(new int[] {chars[q.get("start").asInt()], chars[q.get("end").asInt()]});
                        }
                    }
                    articles.add(new Article(pipeline.analyze(text), new ArrayList<>(byAttribution.values())));
                }
            }
            return articles;
        }

        /** {@code result[cp]}: the UTF-16 index of code point {@code cp}; one past the end included. */
        private static int[] charOffsets(String text) {
            int[] result = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                result[cp++] = i;
            }
            result[cp] = text.length();
            return result;
        }
    }
}
