package org.demarche.kb.dates;

import java.time.LocalDate;

public record DatedStatement(LocalDate date, String derivation) {
}
