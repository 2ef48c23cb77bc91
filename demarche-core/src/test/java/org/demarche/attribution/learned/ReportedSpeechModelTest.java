package org.demarche.attribution.learned;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.demarche.Demarche;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Article;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Gold;
import org.demarche.attribution.learned.ReportedSpeechTrainer.Options;
import org.demarche.pipeline.Document;
import org.demarche.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Fixture articles are invented: fictional countries and officials, no real reporting. */
class ReportedSpeechModelTest {
    private static final Pipeline PIPELINE = Demarche.pipeline();
    private static final Options SMALL = new Options(8, 8, 2, 7L, 12, 12, 0f, 1);

    /** One fixture sentence: its text, the cue and the reported content, written as substrings. */
    private record Line(String text, String cue, String content) {
    }

    private static final List<Line> LINES = List.of(
            new Line("Velmoran Foreign Minister Anton Kessel said the talks with Ostrava had stalled.", "said",
                    "the talks with Ostrava had stalled"),
            new Line("The border will stay closed until spring, Ostravan officials said.", "said",
                    "The border will stay closed until spring"),
            new Line("Mira Tallis said that the ministry would publish its proposals on Friday.", "said",
                    "that the ministry would publish its proposals on Friday"),
            new Line("According to the Ardenne Courier, the embassy has cut its staff by half.", "According to",
                    "the embassy has cut its staff by half"),
            new Line("Oren Vasku told reporters the grain corridor would reopen next week.", "told",
                    "the grain corridor would reopen next week"),
            new Line("The delegation left Ardenne on Tuesday after a short visit.", null, null),
            new Line("Kessel said the sanctions would not change Velmora's course.", "said",
                    "the sanctions would not change Velmora's course"),
            new Line("The Ostravan envoy believes the ceasefire will hold through the winter.", "believes",
                    "the ceasefire will hold through the winter"),
            new Line("Prices for grain rose again in the capital markets this month.", null, null));

    private static Article article(List<Line> lines) {
        StringBuilder text = new StringBuilder("Border talks\n\n");
        List<int[]> cues = new ArrayList<>();
        List<int[]> contents = new ArrayList<>();
        for (Line line : lines) {
            int at = text.length();
            text.append(line.text()).append("\n\n");
            if (line.cue() != null) {
                int cue = at + line.text().indexOf(line.cue());
                int content = at + line.text().indexOf(line.content());
                cues.add(new int[] {cue, cue + line.cue().length()});
                contents.add(new int[] {content, content + line.content().length()});
            }
        }
        Document doc = PIPELINE.analyze(text.toString());
        List<Gold> golds = new ArrayList<>();
        for (int i = 0; i < cues.size(); i++) {
            golds.add(new Gold(cues.get(i)[0], cues.get(i)[1], List.of(contents.get(i))));
        }
        return new Article(doc, golds);
    }

    private static List<Article> fixture() {
        List<Article> articles = new ArrayList<>();
        for (int rotate = 0; rotate < 6; rotate++) {
            List<Line> lines = new ArrayList<>(LINES);
            java.util.Collections.rotate(lines, rotate);
            articles.add(article(lines));
        }
        return articles;
    }

    private static List<String> contents(ReportedSpeechModel model, Document doc) {
        List<String> out = new ArrayList<>();
        for (Attribution a : model.find(doc)) {
            out.add(doc.tokenText(a.cueFirst(), a.cueLast()) + " -> " + doc.tokenText(a.contentFirst(), a.contentLast()));
        }
        return out;
    }

    private static byte[] bytes(ReportedSpeechModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void trainingLearnsTheFixtureCuesAndContents() {
        List<Article> articles = fixture();
        ReportedSpeechModel model = new ReportedSpeechTrainer(SMALL, m -> { }).train(articles);
        List<String> found = contents(model, articles.get(0).doc());
        assertThat(found).contains(
                "said -> the talks with Ostrava had stalled",
                "said -> The border will stay closed until spring",
                "told -> the grain corridor would reopen next week",
                "believes -> the ceasefire will hold through the winter");
        assertThat(found).noneMatch(s -> s.contains("delegation left") || s.contains("Prices for grain"));
    }

    @Test
    void stageScoresCountCuesAndContentsAgainstTheAnnotations() {
        List<Article> articles = fixture();
        ReportedSpeechModel model = new ReportedSpeechTrainer(SMALL, m -> { }).train(articles);
        StageScores scores = StageScores.of(model, articles);
        int annotated = 7 * articles.size();
        int found = 0;
        for (Article a : articles) {
            found += model.find(a.doc()).size();
        }
        assertThat(scores.goldCues()).isEqualTo(annotated);
        assertThat(scores.contents().matched() + scores.contents().missed()).isEqualTo(annotated);
        assertThat(scores.contents().matched() + scores.contents().spurious()).isEqualTo(found);
        assertThat(scores.contentsOfGoldCues().matched() + scores.contentsOfGoldCues().missed()).isEqualTo(annotated);
        assertThat(scores.cueRecall()).isGreaterThan(0.8);
        assertThat(scores.contents().recall()).isGreaterThan(0.5);
        assertThat(scores.contentsOfGoldCues().recall()).isGreaterThan(0.5);
    }

    @Test
    void stageScoresOnArticlesWithoutAnnotationsCountEveryFindingAsSpurious() {
        List<Article> articles = fixture();
        ReportedSpeechModel model = new ReportedSpeechTrainer(SMALL, m -> { }).train(articles);
        List<Article> unannotated = new ArrayList<>();
        int found = 0;
        for (Article a : articles) {
            unannotated.add(new Article(a.doc(), List.of()));
            found += model.find(a.doc()).size();
        }
        StageScores scores = StageScores.of(model, unannotated);
        assertThat(scores.goldCues()).isZero();
        assertThat(scores.cues()).isPositive();
        assertThat(scores.cuesRight()).isZero();
        assertThat(scores.contents()).isEqualTo(new StageScores.Counts(0, found, 0));
        assertThat(scores.contentsOfGoldCues()).isEqualTo(new StageScores.Counts(0, 0, 0));
    }

    @Test
    void aSavedModelReloadsToTheSameWeightsAndPredictions() throws IOException {
        List<Article> articles = fixture();
        ReportedSpeechModel model = new ReportedSpeechTrainer(SMALL, m -> { }).train(articles);
        ReportedSpeechModel reloaded = ReportedSpeechModel.read(new ByteArrayInputStream(bytes(model)));
        assertThat(reloaded).isEqualTo(model);
        for (Article a : articles) {
            assertThat(reloaded.find(a.doc())).isEqualTo(model.find(a.doc()));
        }
        assertThat(bytes(reloaded)).isEqualTo(bytes(model));
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        ReportedSpeechModel first = new ReportedSpeechTrainer(SMALL, m -> { }).train(fixture());
        ReportedSpeechModel second = new ReportedSpeechTrainer(SMALL, m -> { }).train(fixture());
        assertThat(bytes(second)).isEqualTo(bytes(first));
    }

    @Test
    void aDifferentSeedStillTrainsAWorkingModel() {
        Options other = new Options(8, 8, 2, 99L, 12, 12, 0f, 1);
        ReportedSpeechModel model = new ReportedSpeechTrainer(other, m -> { }).train(fixture());
        assertThat(contents(model, fixture().get(3).doc())).contains("said -> the talks with Ostrava had stalled");
    }

    @Test
    void contentRunsOverDifferentOrdersAreAveragedIntoOneReproducibleModel() throws IOException {
        Options threeRuns = new Options(8, 8, 2, 7L, 12, 12, 0f, 3);
        ReportedSpeechModel averaged = new ReportedSpeechTrainer(threeRuns, m -> { }).train(fixture());
        ReportedSpeechModel again = new ReportedSpeechTrainer(threeRuns, m -> { }).train(fixture());
        ReportedSpeechModel single = new ReportedSpeechTrainer(SMALL, m -> { }).train(fixture());
        assertThat(bytes(again)).isEqualTo(bytes(averaged));
        assertThat(bytes(averaged)).isNotEqualTo(bytes(single));
        assertThat(contents(averaged, fixture().get(3).doc())).contains("said -> the talks with Ostrava had stalled");
    }

    @Test
    void rejectsAFileThatIsNotAModel() {
        byte[] junk = "not a model".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportedSpeechModel.read(new ByteArrayInputStream(junk)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theBundledModelFindsReportedSpeechInUnseenText() {
        ReportedSpeechModel model = ReportedSpeechModel.bundled();
        assertThat(model).isNotNull();
        Document doc = PIPELINE.analyze("""
                Ostrava keeps its border shut

                The Ostravan government said the border would reopen next week.

                The new bridge over the Vel river opened to traffic in May.
                """);
        List<String> found = contents(model, doc);
        assertThat(found).contains("said -> the border would reopen next week");
        assertThat(found).noneMatch(s -> s.contains("bridge"));
    }

    @Test
    void anEmptyDocumentHasNoContents() {
        assertThat(ReportedSpeechModel.bundled().find(PIPELINE.analyze(""))).isEmpty();
    }

    @Test
    void cueWordsFoldInflectedForms() {
        int pledged = CueWords.lookup(Hash.of("pledged"));
        int pledges = CueWords.lookup(Hash.of("Pledges"));
        assertThat(pledged).isNotZero().isEqualTo(pledges);
        assertThat(pledged & 7).isEqualTo(CueWords.SPEECH);
        assertThat(CueWords.lookup(Hash.of("said")) >>> 3).isEqualTo(Hash.of("say") & 0x1fffffff);
        assertThat(CueWords.lookup(Hash.of("bridge"))).isZero();
    }
}
