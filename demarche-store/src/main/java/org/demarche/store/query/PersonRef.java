package org.demarche.store.query;

/** A person (identity) as named in lists: id and display name. */
public record PersonRef(long id, String name) {
}
