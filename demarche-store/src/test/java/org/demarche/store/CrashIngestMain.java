package org.demarche.store;

import java.nio.file.Path;
import org.demarche.kb.topics.Taxonomy;

/**
 * The child process of {@link CrashSafetyTest}: ingests a generated corpus in small batches into a data directory
 * or a PostgreSQL database (a JDBC URL), then exits 0.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        String store = args[0];
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        try (KnowledgeBase kb = store.startsWith("jdbc:") ? KnowledgeBase.open(store) : KnowledgeBase.open(Path.of(store))) {
            IngestResult r = kb.ingester(Taxonomy.defaults(), batch, (id, reason) -> {
                throw new IllegalStateException(id + ": " + reason);
            }).ingest(CorpusGenerator.articles(seed, count));
            System.out.println(r);
        }
    }
}
