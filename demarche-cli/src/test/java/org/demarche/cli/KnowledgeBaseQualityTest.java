package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demarche.kb.people.IdentityEvaluation;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.statements.GroupingEvaluation;
import org.demarche.kb.statements.StatementMatcher;
import org.junit.jupiter.api.Test;

/**
 * The quality floor of the knowledge base's own labelled sets (quality/*.jsonl, docs/kb-quality.md): grouping,
 * linking and identity matching may not fall below what they reached when the sets were written.
 */
class KnowledgeBaseQualityTest {
    private static final Path QUALITY = Path.of("..", "quality");

    @Test
    void statementGroupingAndLinkingKeepTheirRecordedQuality() throws IOException {
        List<String> problems = new ArrayList<>();
        GroupingEvaluation.Scores scores = GroupingEvaluation.evaluate(new StatementMatcher(),
                EvalGroupingCommand.readPairs(QUALITY.resolve("grouping-pairs.jsonl"), problems));
        assertThat(problems).isEmpty();
        assertThat(scores.pairs()).isGreaterThanOrEqualTo(120);
        assertThat(scores.grouping().precision()).isGreaterThanOrEqualTo(0.96);
        assertThat(scores.grouping().recall()).isGreaterThanOrEqualTo(0.99);
        assertThat(scores.linking().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(scores.linking().recall()).isGreaterThanOrEqualTo(0.94);
        assertThat(scores.blockingRecall()).isEqualTo(1.0);
    }

    @Test
    void identityMatchingKeepsItsRecordedQuality() throws IOException {
        List<String> problems = new ArrayList<>();
        IdentityEvaluation.Scores scores = IdentityEvaluation.evaluate(new IdentityMatcher(),
                EvalIdentitiesCommand.read(QUALITY.resolve("name-pairs.jsonl"), problems));
        assertThat(problems).isEmpty();
        assertThat(scores.pairs()).isGreaterThanOrEqualTo(130);
        assertThat(scores.matching().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(scores.matching().recall()).isGreaterThanOrEqualTo(0.95);
    }
}
