package org.demarche.kb.statements;

import java.util.Locale;
import java.util.Objects;

/**
 * Two quotations and what grouping must make of them.
 *
 * @param a      the first quotation (the indirect one for {@link Expect#REPORTS})
 * @param b      the second quotation (the direct one for {@link Expect#REPORTS})
 * @param expect the right answer
 * @param note   why, for people reading the errors; may be empty
 */
public record LabelledPair(String a, String b, Expect expect, String note) {
    public LabelledPair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(expect, "expect");
        note = note == null ? "" : note;
    }

    /** What grouping must make of a pair. */
    public enum Expect {
        /** One statement: {@code sameStatement} must hold. */
        SAME,
        /** {@code a} is an indirect report of the direct quote {@code b}: {@code reports(a, b)} must hold, not {@code sameStatement}. */
        REPORTS,
        /** Different statements: neither may hold. */
        DISTINCT;

        /** The label as written in a pairs file ("same", "reports", "distinct"). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The label read from a pairs file; the error names the valid labels. */
        public static Expect parse(String label) {
            for (Expect e : values()) {
                if (e.label().equals(label)) {
                    return e;
                }
            }
            throw new IllegalArgumentException("unknown label '" + label + "'; expected same, reports or distinct");
        }
    }
}
