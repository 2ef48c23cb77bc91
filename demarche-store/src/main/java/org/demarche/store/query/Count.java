package org.demarche.store.query;

/** A label (outlet, topic) with how often it occurs. */
public record Count(String label, long count) {
}
