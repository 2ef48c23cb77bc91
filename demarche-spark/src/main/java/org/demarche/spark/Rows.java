package org.demarche.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the per-article step hands to the cross-article steps: flat, serializable records. {@code order} is an
 * article's place in the input order (input file index in the high 32 bits, item within the file in the low ones),
 * the order {@code ingest} would store it in. Offsets are Unicode code points, as in extract's output.
 */
final class Rows {
    private Rows() {
    }

    /** One article read and analysed. */
    record ArticleRow(long order, String source, String id, String url, String title, String outlet,
                      LocalDate published, String dateline, String language, String text) implements Serializable {
    }

    /**
     * One article's sighting of a person or speaking organization ({@code index} in the article's people, as
     * ingest numbers them) with the blocking keys of its spellings.
     */
    record SightingRow(long order, int index, String articleId, String name, List<String> variants,
                       List<String> roles, LocalDate seen, String outlet, boolean organization, List<String> keys)
            implements Serializable {
        SightingRef ref() {
            return new SightingRef(order, index);
        }
    }

    /** Names one sighting: the article's order and the person's index in it. */
    record SightingRef(long order, int index) implements Serializable, Comparable<SightingRef> {
        @Override
        public int compareTo(SightingRef o) {
            return order != o.order ? Long.compare(order, o.order) : Integer.compare(index, o.index);
        }
    }

    /**
     * One passage of an article that carries a statement, with the article fields a source shows; {@code sighting}
     * indexes the article's sightings, -1 without a speaker; {@code normalized} and {@code keys} are the text's
     * normalized words and blocking keys (its fingerprint's, made once by the per-article step).
     */
    record PassageRow(long order, int position, String articleId, String kind, String text, String normalized,
                      int start, int end,
                      String speaker, String speakerRole, String cue, int cueStart, int cueEnd, double confidence,
                      LocalDate date, String dateDerivation, List<String> topics, int sighting, List<Long> keys,
                      String outlet, String url, String title, LocalDate published) implements Serializable {
        boolean quoted() {
            return !kind.equals("indirect");
        }
    }

    /** An input, record or article that could not be read or analysed: where, and why. */
    record FailureRow(String source, String reason) implements Serializable {
    }

    /** Everything one input item gave: an article with its sightings and passages, or a failure. */
    record Extracted(ArticleRow article, List<SightingRow> sightings, List<PassageRow> passages, FailureRow failure)
            implements Serializable {
        static Extracted failed(String source, String reason) {
            return new Extracted(null, List.of(), List.of(), new FailureRow(source, reason));
        }
    }
}
