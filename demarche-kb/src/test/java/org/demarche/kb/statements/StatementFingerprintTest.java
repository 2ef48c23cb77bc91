package org.demarche.kb.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatementFingerprintTest {
    private static final String[] WORDS = ("kessia orlen treaty missiles border talks delegation minister sanctions "
            + "ceasefire corridor exercises convoy harbour envoy council the of we will never accept our and in on to "
            + "a that is have been not must").split(" ");

    private static String randomWords(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", out);
    }

    @Test
    void anySharedRunOfSixContentWordsSharesAKey() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            // six words that are not all function words, so that some shingle in every window is a candidate key
            String shared = "varnish " + randomWords(random, StatementFingerprint.GUARANTEED_RUN - 2) + " belsk";
            String a = randomWords(random, random.nextInt(30)) + " " + shared + " " + randomWords(random, random.nextInt(30));
            String b = randomWords(random, random.nextInt(30)) + " " + shared + " " + randomWords(random, random.nextInt(30));
            assertThat(StatementFingerprint.of(a).blockingKeys()).as("%s / %s", a, b)
                    .containsAnyElementsOf(StatementFingerprint.of(b).blockingKeys());
        }
    }

    @Test
    void keysAreStableAscendingAndFewPerWord() {
        String text = "We will never accept the deployment of Varnish missiles on our borders, and we have told our "
                + "partners in Orlen so many times.";
        StatementFingerprint f = StatementFingerprint.of(text);
        assertThat(f.blockingKeys()).isEqualTo(StatementFingerprint.of(text).blockingKeys());
        assertThat(new ArrayList<>(f.blockingKeys())).isSorted();
        assertThat(f.length()).isEqualTo(23);
        assertThat(f.blockingKeys().size()).isBetween(1, f.length() / 2);
        assertThat(StatementFingerprint.of("that we will").blockingKeys()).as("function words only: the whole text")
                .hasSize(1);
        assertThat(StatementFingerprint.of("").blockingKeys()).isEmpty();
    }
}
