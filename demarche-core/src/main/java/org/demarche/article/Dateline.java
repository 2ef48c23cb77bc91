package org.demarche.article;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The dateline that opens a wire story: "MOSCOW, February 9. /TASS/." or "TEHRAN (FNA)-".
 *
 * @param place    the place as written, or null
 * @param date     the date as written, or null
 * @param resolved the date resolved to a calendar day (a year-less date needs a reference date), or null
 * @param span     where the dateline sits in the text
 */
public record Dateline(String place, String date, LocalDate resolved, Span span) implements Serializable {
}
