package org.demarche.kb.dates;

import java.time.LocalDate;
import java.util.Set;

/**
 * A statement's date and how it was derived.
 *
 * @param date       the day, or null when {@code derivation} is {@value #UNKNOWN}
 * @param derivation one of {@value #STATED} (the reporter's sentence names the day: "said on Wednesday"),
 *                   {@value #DATELINE} (the wire dateline's date), {@value #PUBLISHED} (the publication date),
 *                   {@value #CRAWLED} (the day the article was collected) or {@value #UNKNOWN}
 */
public record DatedStatement(LocalDate date, String derivation) {
    public static final String STATED = "stated";
    public static final String DATELINE = "dateline";
    public static final String PUBLISHED = "published";
    public static final String CRAWLED = "crawled";
    public static final String UNKNOWN = "unknown";
    private static final Set<String> DERIVATIONS = Set.of(STATED, DATELINE, PUBLISHED, CRAWLED, UNKNOWN);

    public DatedStatement {
        if (!DERIVATIONS.contains(derivation)) {
            throw new IllegalArgumentException("unknown derivation '" + derivation
                    + "'; expected stated, dateline, published, crawled or unknown");
        }
        if ((date == null) != derivation.equals(UNKNOWN)) {
            throw new IllegalArgumentException("a date is required exactly when the derivation is not 'unknown'; got "
                    + date + " with '" + derivation + "'");
        }
    }

    /** No date at all. */
    public static DatedStatement unknown() {
        return new DatedStatement(null, UNKNOWN);
    }
}
