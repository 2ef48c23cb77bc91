package org.demarche.kb.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementMatcherTest {
    private final StatementMatcher matcher = new StatementMatcher();

    private static final String ORIGINAL = "We will never accept the deployment of Varnish missiles on our borders, "
            + "and we have told our partners in Orlen so many times.";

    private boolean same(String a, String b) {
        StatementFingerprint fa = StatementFingerprint.of(a);
        StatementFingerprint fb = StatementFingerprint.of(b);
        boolean result = matcher.sameStatement(fa, fb);
        assertThat(matcher.sameStatement(fb, fa)).as("symmetric").isEqualTo(result);
        if (result) {
            assertThat(fa.blockingKeys()).as("near copies share a key").containsAnyElementsOf(fb.blockingKeys());
        }
        return result;
    }

    @Test
    void normalisesTypographyCaseAndContractions() {
        StatementFingerprint f = StatementFingerprint.of("“We won’t — [ever] — accept Orlen’s ultimatum…” It’s over.");
        assertThat(f.normalized()).isEqualTo("we will not ever accept orlen ultimatum it is over");
        assertThat(StatementFingerprint.of("We'll pay 1,000 euros (...) now").normalized()).isEqualTo("we will pay 1000 euros now");
        assertThat(StatementFingerprint.of("Two hundred and fifty troops, nine tanks and twenty-one thousand rounds")
                .normalized()).isEqualTo("250 troops 9 tanks and 21000 rounds");
        assertThat(StatementFingerprint.of("one of them, and one more").normalized()).isEqualTo("1 of them and 1 more");
    }

    @Test
    void groupsExactAndNearCopies() {
        assertThat(same(ORIGINAL, "\"" + ORIGINAL.toUpperCase() + "\"")).isTrue();
        assertThat(same(ORIGINAL, "We will never accept the deployment of Varnish missiles on our borders")).isTrue();
        assertThat(same(ORIGINAL, "We will never accept the deployment of Varnish missiles on our borders … "
                + "we have told our partners in Orlen so many times")).isTrue();
        assertThat(same(ORIGINAL, "We shall never accept the deployment of Varnish missiles at our borders, "
                + "and we've told our partners in Orlen so many times.")).isTrue();
        assertThat(same(ORIGINAL, ORIGINAL + " The answer will be firm.")).isTrue();
        assertThat(same("We reject this ultimatum outright.", "\u201cWe reject this ultimatum outright\u201d")).isTrue();
        assertThat(same("Dalmark's place is in the Northern Alliance, and no threat from our neighbours will change that.",
                "Dalmark’s place is in the Northern Alliance and no threat from our neighbors will ever change that"))
                .as("house spelling and an adverb").isTrue();
        assertThat(same("We came to these talks in good faith. We offered a phased withdrawal and a joint monitoring "
                + "mission. Under these conditions, I see no point in a third round.", "We came to these talks in good "
                + "faith ... Under these conditions, I see no point in a third round.")).as("ellipsis").isTrue();
    }

    @Test
    void keepsDistinctStatementsApart() {
        assertThat(same(ORIGINAL, "We will accept the deployment of Varnish missiles on our borders, "
                + "and we have told our partners in Orlen so many times.")).isFalse();
        assertThat(same(ORIGINAL, "We will never accept the deployment of Varnish missiles on our borders, "
                + "and we have told our partners in Kessia so many times.")).isFalse();
        assertThat(same("The talks will resume in 30 days if the convoy is released", "The talks will resume in 60 days "
                + "if the convoy is released")).isFalse();
        assertThat(same(ORIGINAL, "We will never accept the deployment of Varnish missiles on our borders; "
                + "the sanctions against Orlen have failed and the economy is growing again.")).isFalse();
        assertThat(same("We will never accept this", "We will never accept this ultimatum from the alliance")).isFalse();
        assertThat(same("", "")).isFalse();
        assertThat(same("It", "it")).as("too short to tell").isFalse();
        assertThat(same("a ban on fishing in the disputed waters", "Kessia will never accept a ban on fishing in the "
                + "disputed waters")).as("a mid-phrase fragment recurs in many statements").isFalse();
        assertThat(same("The new sanctions package is legal under international law and will only hurt ordinary people",
                "The new sanctions package is illegal under international law and will only hurt ordinary people"))
                .as("a word against its negation").isFalse();
        assertThat(same("My delegation will vote for this draft resolution on the humanitarian corridor in Ardeni",
                "My delegation will vote against this draft resolution on the humanitarian corridor in Ardeni"))
                .as("a polar word").isFalse();
        assertThat(same("The talks were constructive and we agreed to continue them at the level of experts.",
                "The talks were difficult but we agreed to continue them at the level of ministers."))
                .as("two content words changed in fourteen").isFalse();
    }

    @Test
    void linksAnIndirectReportToTheDirectQuote() {
        StatementFingerprint direct = StatementFingerprint.of("We will never accept the deployment of Varnish missiles "
                + "on our borders.");
        StatementFingerprint indirect = StatementFingerprint.of("that Kessia would never accept the deployment of "
                + "Varnish missiles on its borders");
        assertThat(matcher.reports(indirect, direct)).isTrue();
        assertThat(matcher.sameStatement(indirect, direct)).isFalse();
        assertThat(indirect.blockingKeys()).containsAnyElementsOf(direct.blockingKeys());
        assertThat(matcher.reports(StatementFingerprint.of("Kessia would accept the deployment of Varnish missiles "
                + "on its borders"), direct)).isFalse();
        StatementFingerprint copy = StatementFingerprint.of("We would never accept the deployment of Varnish missiles "
                + "on our borders.");
        assertThat(matcher.sameStatement(copy, direct)).as("a tense shift is a report, not a copy").isFalse();
    }
}
