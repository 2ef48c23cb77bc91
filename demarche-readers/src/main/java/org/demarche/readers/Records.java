package org.demarche.readers;

/** The items of one input holding many (a JSON Lines file, a feed, a web archive), read one at a time. */
interface Records extends AutoCloseable {
    /** The next item, or null at the end of the input. Never throws: a problem is a {@link Item.Failure}. */
    Item next();

    /** How many records were passed over as holding no article (a web archive's requests, images, redirects). */
    default long skipped() {
        return 0;
    }

    @Override
    void close();
}
