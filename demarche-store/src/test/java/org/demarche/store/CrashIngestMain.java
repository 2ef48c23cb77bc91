package org.demarche.store;

import java.nio.file.Path;
import org.demarche.kb.topics.Taxonomy;

/** The child process of {@link CrashSafetyTest}: ingests a generated corpus in small batches, then exits 0. */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        int batch = Integer.parseInt(args[3]);
        try (KnowledgeBase kb = KnowledgeBase.open(data)) {
            IngestResult r = kb.ingester(Taxonomy.defaults(), batch, (id, reason) -> {
                throw new IllegalStateException(id + ": " + reason);
            }).ingest(CorpusGenerator.articles(seed, count));
            System.out.println(r);
        }
    }
}
