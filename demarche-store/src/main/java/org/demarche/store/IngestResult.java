package org.demarche.store;

/**
 * What an ingest did.
 *
 * @param added     articles new to the store
 * @param replaced  articles whose stored version (same id or url) had other text, now replaced
 * @param unchanged articles already stored with the same text, left as they were
 * @param failed    articles that could not be written (each reported on its own)
 * @param writerCpuNanos CPU time of the store's writer thread (SQLite and the search index): the store's share of
 *                  the run, which bounds its speed, as the writer is one thread
 */
public record IngestResult(long added, long replaced, long unchanged, long failed, long writerCpuNanos) {
    public long articles() {
        return added + replaced + unchanged + failed;
    }
}
