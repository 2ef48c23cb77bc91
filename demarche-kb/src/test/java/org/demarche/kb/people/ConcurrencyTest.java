package org.demarche.kb.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One matcher and the shared transliterators serve many threads with the answers of one. */
class ConcurrencyTest {
    private static final List<String> NAMES = List.of("Сергей Рябков", "Володимир Зеленський", "Дмитрий Полянский",
            "Ігор Клименко", "Василий Небензя", "Oren Vasku", "Мария Захарова", "Zoltán Kovács", "Юрий Ушаков");

    @Test
    void parallelAnswersEqualSequentialOnes() throws Exception {
        List<String> expected = NAMES.stream().map(n -> NameForms.latin(n) + "/" + NameForms.blockingKeys(n)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = IntStream.range(0, 8).mapToObj(t -> pool.submit(() -> {
                List<String> out = null;
                for (int round = 0; round < 50; round++) {
                    out = NAMES.stream().map(n -> NameForms.latin(n) + "/" + NameForms.blockingKeys(n)).toList();
                }
                return out;
            })).toList();
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
