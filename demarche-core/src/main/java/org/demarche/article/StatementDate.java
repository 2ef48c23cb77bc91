package org.demarche.article;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When a statement was made, as the reporter's sentence says it ("said on Wednesday", "told RT yesterday").
 *
 * @param expression the time expression as written
 * @param date       the day it resolves to against the article's date, or null when the article has no date
 * @param precision  "day", "week" (date is that week's Monday) or "month" (date is the 1st)
 */
public record StatementDate(Span expression, LocalDate date, String precision) implements Serializable {
}
