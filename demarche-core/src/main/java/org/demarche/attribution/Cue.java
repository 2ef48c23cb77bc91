package org.demarche.attribution;

import org.demarche.mentions.Mention;

/**
 * A reporting cue with its source: the verb or phrase ("said", "told RT", "according to") and the
 * mention of who spoke.
 *
 * @param cueFirst   first token of the cue
 * @param cueLast    last token of the cue, inclusive
 * @param speaker    the source mention: a name, a pronoun or a description
 * @param firstToken first token of the whole "speaker + cue" group
 * @param lastToken  last token of the group, adverbials and objects included
 */
public record Cue(int cueFirst, int cueLast, Mention speaker, int firstToken, int lastToken) {
}
