/**
 * The read side of the knowledge base: queries and the immutable records they return. Ids are {@code long}, except
 * article ids, which are the article's own {@code id} string. Offsets are UTF-16 indices into the article text (as
 * Java and JavaScript strings count), dates are days; lists are never null, single values may be.
 */
package org.demarche.store.query;
