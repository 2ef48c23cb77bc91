package org.demarche;

import org.demarche.article.AnnotatedArticle;
import org.demarche.article.RawArticle;
import org.demarche.lang.Lexicon;
import org.demarche.pipeline.Pipeline;

/**
 * The one-line entry point: {@code Demarche.extract(text)} returns every statement of an article with its
 * speaker. For many articles build one {@link Pipeline} with {@link #pipeline()} and reuse it across threads.
 */
public final class Demarche {
    private Demarche() {
    }

    /** The standard English pipeline. Building it loads the word lists; reuse the instance. */
    public static Pipeline pipeline() {
        return new Pipeline(Lexicon.english());
    }

    /** Extracts the statements of one article given as plain text. */
    public static AnnotatedArticle extract(String text) {
        return pipeline().annotate(RawArticle.of("article", text));
    }
}
