package org.demarche.article;

import java.io.Serializable;
import java.util.List;

/**
 * A person (or speaking organization) named in one article.
 *
 * @param name     the fullest form of the name used in the article
 * @param roles    titles and functions the article gives, in order of first appearance
 * @param mentions every mention by name, in text order
 * @param variants the distinct spellings seen ("Polyansky", "Polyanskiy")
 */
public record Person(String name, boolean organization, List<String> roles, List<Span> mentions,
                     List<String> variants) implements Serializable {
    public Person {
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
        variants = List.copyOf(variants);
    }
}
