package org.demarche.mentions;

import org.demarche.lang.Lexicon.Gender;

/**
 * A mention of a possible speaker, in token indices of the document.
 *
 * @param first     first token of the name (or pronoun, or description)
 * @param last      last token, inclusive
 * @param roleFirst first token of the role or title written before the name, or -1
 * @param roleLast  last token of that role, or -1
 * @param name      the name as written, without title ("Sergey Ryabkov"), or the description's text
 * @param head      the description's head noun ("diplomat"), else null
 */
public record Mention(int first, int last, MentionType type, int roleFirst, int roleLast, String name, String head,
                      Gender gender) {

    public boolean hasRole() {
        return roleFirst >= 0;
    }

    public Mention withType(MentionType newType) {
        return new Mention(first, last, newType, roleFirst, roleLast, name, head, gender);
    }
}
