package org.demarche.kb.people;

import java.util.List;
import java.util.Objects;

/**
 * Two names (with the roles their articles gave) and whether they are one person.
 *
 * @param a      the name as a new article gives it (the sighting)
 * @param aRoles its roles, possibly none
 * @param b      the name of a known identity (its canonical name and only alias)
 * @param bRoles that identity's roles, possibly none
 * @param same   true when they are the same person
 * @param note   why, for people reading the errors; may be empty
 */
public record NamePair(String a, List<String> aRoles, String b, List<String> bRoles, boolean same, String note) {
    public NamePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        aRoles = List.copyOf(aRoles);
        bRoles = List.copyOf(bRoles);
        note = note == null ? "" : note;
    }
}
