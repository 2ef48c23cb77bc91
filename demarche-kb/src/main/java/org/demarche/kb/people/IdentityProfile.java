package org.demarche.kb.people;

import java.util.Set;

public record IdentityProfile(long id, String canonicalName, Set<String> aliases, Set<String> roles) {
}
