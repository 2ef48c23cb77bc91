package org.demarche.attribution.learned;

/**
 * One reported-speech content span found by the model, with the cue that introduces it, in token indices
 * (inclusive) of the document.
 *
 * @param cueFirst     first token of the cue ("said", "according", "is")
 * @param cueLast      last token of the cue ("said", "to", "expected")
 * @param contentFirst first token of the content
 * @param contentLast  last token of the content
 * @param margin       how much better the best labelling scores than the same labelling without this span
 */
public record Attribution(int cueFirst, int cueLast, int contentFirst, int contentLast, double margin) {
}
