package org.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.query.CorpusStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's commands: serve's safety check, and generate filling a store through the real ingest. */
class ServeAndGenerateTest {
    @TempDir
    Path dir;

    @Test
    void serveRefusesToListenBeyondLoopbackWithoutAToken() {
        Cli.Run r = Cli.run("serve", "--host", "0.0.0.0", "--data", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("corrections need a token").contains("--token").doesNotContain("Exception");
    }

    @Test
    void generateFillsAStoreWithInventedStatements() {
        Cli.Run r = Cli.run("generate", "--statements", "100", "--people", "30", "--data", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("20 articles ingested");
        try (KnowledgeBase kb = KnowledgeBase.open(dir)) {
            CorpusStats stats = kb.stats();
            assertThat(stats.articles()).isEqualTo(20);
            assertThat(stats.statements()).isBetween(80L, 120L);
        }
    }
}
