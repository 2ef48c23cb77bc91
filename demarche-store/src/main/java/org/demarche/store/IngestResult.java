package org.demarche.store;

/**
 * What an ingest did.
 *
 * @param added     articles new to the store
 * @param replaced  articles whose stored version (same id or url) had other text, now replaced
 * @param unchanged articles already stored with the same text, left as they were
 * @param failed    articles that could not be written (each reported on its own)
 */
public record IngestResult(long added, long replaced, long unchanged, long failed) {
    public long articles() {
        return added + replaced + unchanged + failed;
    }
}
