package org.demarche.kb.people;

import java.util.Objects;
import java.util.Set;

/**
 * What the store knows of one identity.
 *
 * @param id            the store's id
 * @param canonicalName the display name
 * @param aliases       every spelling seen (the canonical name may or may not be among them)
 * @param roles         every role seen
 */
public record IdentityProfile(long id, String canonicalName, Set<String> aliases, Set<String> roles) {
    public IdentityProfile {
        Objects.requireNonNull(canonicalName, "canonicalName");
        aliases = Set.copyOf(aliases);
        roles = Set.copyOf(roles);
    }
}
