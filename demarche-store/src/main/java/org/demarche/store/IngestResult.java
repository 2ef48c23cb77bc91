package org.demarche.store;

/**
 * What an ingest did.
 *
 * @param added     articles new to the store
 * @param replaced  articles whose stored version (same id or url) had other text, now replaced
 * @param unchanged articles already stored with the same text, left as they were
 * @param failed    articles that could not be written (each reported on its own)
 * @param writerCpuNanos  CPU time of the store's writer thread (SQLite): one thread, so it bounds the ingest's speed
 * @param indexerCpuNanos CPU time of the thread that brings the search index up to each written batch
 */
public record IngestResult(long added, long replaced, long unchanged, long failed, long writerCpuNanos,
                           long indexerCpuNanos) {
    public long articles() {
        return added + replaced + unchanged + failed;
    }
}
