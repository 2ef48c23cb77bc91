/**
 * The knowledge base's pure cross-article logic: which sightings are one person ({@code people}), which quotes
 * are one statement ({@code statements}), what a statement is about ({@code topics}) and when it was made
 * ({@code dates}). No I/O except reading a taxonomy stream; every class is immutable and thread-safe.
 */
package org.demarche.kb;
