package org.demarche.mentions;

/** What a mention refers to. */
public enum MentionType {
    /** A person's name, full or partial ("Sergey Ryabkov", "Ryabkov", "Mr. McKinley"). */
    PERSON,
    /** An organization or institution that can speak ("the Kremlin", "the US Treasury", "The New York Post"). */
    ORGANIZATION,
    /** A country, region or city; it becomes a speaker only when it is said to speak ("Mexico demanded that ..."). */
    PLACE,
    /** A single capitalised word that may be a surname; decided when the article's people are known. */
    SURNAME,
    /** He, she, they ... */
    PRONOUN,
    /** A description of a person: "the senior diplomat", "the spokeswoman". */
    DESCRIPTION
}
