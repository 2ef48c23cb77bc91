package org.demarche.store.query;

import org.demarche.article.QuoteKind;

/** A statement linked from another: an indirect version and the direct quote it reports. */
public record StatementRef(long id, String text, QuoteKind kind) {
}
