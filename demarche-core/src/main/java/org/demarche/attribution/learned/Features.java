package org.demarche.attribution.learned;

/** The hashed features of one position of a sequence; writes them into {@code out} and returns how many. */
interface Features {
    /** Enough room for the longest template list of either tagger. */
    int MAX = 48;

    int at(int position, int[] out);
}
