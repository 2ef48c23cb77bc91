package org.demarche.kb.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.demarche.article.Person;

/**
 * One article's person, as the store hands it over for identity matching.
 *
 * @param name     the fullest form of the name in the article
 * @param variants other spellings the article used
 * @param roles    titles and functions the article gives
 * @param seen     the article's date, or null
 * @param outlet   the article's outlet, or null
 */
public record PersonSighting(String name, List<String> variants, List<String> roles, LocalDate seen, String outlet) {
    public PersonSighting {
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
        roles = List.copyOf(roles);
    }

    /** The sighting of one article's {@link Person}. */
    public static PersonSighting of(Person person, LocalDate seen, String outlet) {
        return new PersonSighting(person.name(), person.variants(), person.roles(), seen, outlet);
    }

    /** The name and its variants, the name first, without repeats. */
    public List<String> allNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), variants.stream()).distinct().toList();
    }
}
