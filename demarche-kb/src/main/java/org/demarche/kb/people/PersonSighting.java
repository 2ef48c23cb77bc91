package org.demarche.kb.people;

import java.time.LocalDate;
import java.util.List;

public record PersonSighting(String name, List<String> variants, List<String> roles, LocalDate seen, String outlet) {
}
