package org.demarche.cli.input;

import org.demarche.article.RawArticle;

/** One thing read from the input: an article, or a failure to read one (with where and why). */
public sealed interface Item {
    /** Where the item came from, as a user would name it: "dir/a.txt", "gold.jsonl:17". */
    String source();

    record Article(String source, RawArticle article) implements Item {
    }

    record Failure(String source, String reason) implements Item {
    }
}
