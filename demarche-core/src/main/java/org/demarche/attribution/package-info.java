/**
 * Statements and their speakers: direct and partial quotations, transcript turns and reported speech, each
 * tied to a cue ("said", "told RT", "according to") and a source mention that is resolved to a person.
 */
package org.demarche.attribution;
