package org.demarche.attribution;

import org.demarche.article.QuoteKind;

/**
 * A statement found before its speaker is resolved: the content span (character offsets), its kind, and the
 * cue that attributes it, if any. {@code continuation} marks a quotation that carries on the previous speaker.
 */
record Statement(int start, int end, QuoteKind kind, Cue cue, boolean continuation, double confidence, int anchorToken) {
}
