package org.demarche.attribution;

import org.demarche.article.QuoteKind;

/**
 * A statement found before its speaker is resolved: the content span (character offsets), its kind, and the
 * cue that attributes it, if any (a quotation without one carries on the previous speaker).
 */
record Statement(int start, int end, QuoteKind kind, Cue cue, double confidence, int anchorToken) {
}
