package org.demarche.article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the pipeline knows about one article: its metadata and every statement with its speaker.
 * All spans index into {@link #text()}, the article's original text.
 */
public record AnnotatedArticle(String id, String text, String url, String title, String outlet, LocalDate published,
                               Dateline dateline, String language, List<Quote> quotes, List<Person> people)
        implements Serializable {
    public AnnotatedArticle {
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
    }
}
