package org.demarche.server.http;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A request's query parameters, read and checked in one pass so that a 400 names every bad parameter at once.
 * Unknown and repeated parameters are refused rather than ignored, so a misspelt filter never silently widens a
 * search. Call {@link #check()} after reading the values: it throws when anything was wrong.
 */
public final class QueryParams {
    private final Map<String, String> values;
    private final List<Problem.ParameterError> errors = new ArrayList<>();

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    /** The query string of {@code ctx}, which may use only the parameter names in {@code allowed}. */
    public static QueryParams of(Context ctx, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem.ParameterError> errors = new ArrayList<>();
        String query = ctx.queryString();
        for (String pair : query == null || query.isEmpty() ? new String[0] : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name == null || value == null) {
                errors.add(new Problem.ParameterError(name == null ? pair : name, "is not valid percent-encoded UTF-8"));
            } else if (!allowed.contains(name)) {
                errors.add(new Problem.ParameterError(name, "is not a parameter here; known: "
                        + String.join(", ", new TreeSet<>(allowed))));
            } else if (values.putIfAbsent(name, value) != null) {
                errors.add(new Problem.ParameterError(name, "is given more than once"));
            }
        }
        QueryParams params = new QueryParams(values);
        params.errors.addAll(errors);
        return params;
    }

    /** Text, stripped; null when absent or blank. */
    public String text(String name, int maxChars) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxChars) {
            return fail(name, "is longer than " + maxChars + " characters");
        }
        return text;
    }

    /** A positive whole number (an id); null when absent. */
    public Long id(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = Ids.parse(value.strip());
        return id != null ? id : fail(name, "must be a positive whole number, not '" + shorten(value) + "'");
    }

    /** An ISO date (2026-03-04); null when absent. */
    public LocalDate date(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return fail(name, "must be a date as YYYY-MM-DD, not '" + shorten(value) + "'");
        }
    }

    /** A whole number between {@code min} and {@code max}; {@code fallback} when absent. */
    public int integer(String name, int fallback, int min, int max) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        fail(name, "must be a whole number from " + min + " to " + max + ", not '" + shorten(value) + "'");
        return fallback;
    }

    /** One of an enum's constants, named in lower case; {@code fallback} when absent. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        String known = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        fail(name, "must be one of " + known + ", not '" + shorten(value) + "'");
        return fallback;
    }

    /** Records an error that involves several parameters, such as a date range that ends before it starts. */
    public void require(boolean condition, String name, String reason) {
        if (!condition) {
            fail(name, reason);
        }
    }

    /** Throws a 400 naming every bad parameter, if there was any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ProblemException.badParameters(errors);
        }
    }

    private <T> T fail(String name, String reason) {
        errors.add(new Problem.ParameterError(name, reason));
        return null;
    }

    /** Decoded text, or null when the percent-encoding is broken. */
    private static String decode(String raw) {
        try {
            String decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') >= 0 && raw.indexOf('\uFFFD') < 0 ? null : decoded;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A value quoted back in an error message, cut so that a huge parameter does not make a huge answer. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
