package org.demarche.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.demarche.kb.people.IdentityMatcher;
import org.demarche.kb.people.NameForms;
import org.demarche.kb.people.ParsedNames;
import org.demarche.kb.statements.StatementFingerprint;
import org.demarche.kb.statements.StatementMatcher;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.kb.topics.TopicTagger;

/**
 * Coverage-guided fuzz tests of the knowledge-base logic that reads free text: quotations (fingerprints,
 * grouping, topics), person names (romanised forms, keys, identity scores) and taxonomy files (docs/testing.md).
 * The inputs under {@code FreeTextFuzzTestInputs/} run as regression tests in every build.
 */
class FreeTextFuzzTest {
    private static final StatementMatcher STATEMENTS = new StatementMatcher();
    private static final TopicTagger TOPICS = new TopicTagger(Taxonomy.defaults());
    private static final IdentityMatcher IDENTITIES = new IdentityMatcher();

    /** Two quotations of any text: fingerprinted, compared both ways and tagged with topics. */
    @FuzzTest(maxDuration = "30s")
    void comparesAnyTwoQuotations(FuzzedDataProvider data) {
        String first = data.consumeString(2000);
        String second = data.consumeRemainingAsString();
        StatementFingerprint a = StatementFingerprint.of(first);
        StatementFingerprint b = StatementFingerprint.of(second);
        for (StatementFingerprint f : List.of(a, b)) {
            assertThat(f.normalized().isEmpty() ? 0 : f.normalized().split(" ").length).isEqualTo(f.length());
            assertThat(f.blockingKeys().isEmpty()).isEqualTo(f.length() == 0);
        }
        assertThat(STATEMENTS.sameStatement(a, b)).isEqualTo(STATEMENTS.sameStatement(b, a));
        STATEMENTS.reports(a, b);
        STATEMENTS.reports(b, a);
        assertThat(TOPICS.topics(first)).isSubsetOf(Taxonomy.defaults().names());
    }

    /** Two people's names and roles in any script: romanised, keyed and scored against each other. */
    @FuzzTest(maxDuration = "30s")
    void scoresAnyTwoPeople(FuzzedDataProvider data) {
        List<String> names = strings(data, 4, 80);
        List<String> roles = strings(data, 2, 60);
        List<String> otherNames = strings(data, 4, 80);
        for (String name : names) {
            NameForms.latin(name);
            assertThat(NameForms.blockingKeys(name)).allSatisfy(key -> assertThat(key).isNotEmpty());
        }
        ParsedNames seen = ParsedNames.of(names, roles);
        ParsedNames known = ParsedNames.of(otherNames, List.of());
        assertThat(IDENTITIES.score(seen, known)).isBetween(0.0, 1.0);
        assertThat(IDENTITIES.score(seen, seen.plus(otherNames, roles))).isBetween(0.0, 1.0);
        if (!names.isEmpty()) {
            assertThat(IDENTITIES.canonicalName(names)).isIn(names.stream().map(n -> n.strip().replaceAll("\\s+", " ")).toList());
        }
    }

    /** Any taxonomy file is read, or refused with a message naming the line; a taxonomy read tags any text. */
    @FuzzTest(maxDuration = "20s")
    void readsAnyTaxonomy(FuzzedDataProvider data) {
        String text = data.consumeString(400);
        Taxonomy taxonomy;
        try {
            taxonomy = Taxonomy.read(new StringReader(data.consumeRemainingAsString()));
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("line");
            return;
        }
        new TopicTagger(taxonomy).topics(text);
    }

    private static List<String> strings(FuzzedDataProvider data, int most, int length) {
        List<String> list = new ArrayList<>();
        for (int n = data.consumeInt(0, most); n > 0; n--) {
            list.add(data.consumeString(length));
        }
        return list;
    }
}
