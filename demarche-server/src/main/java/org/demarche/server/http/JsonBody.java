package org.demarche.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object request body, checked field by field so that a 400 says which field is wrong and how, in the
 * API's own words rather than the JSON library's. Unknown fields are refused, like unknown query parameters.
 */
public final class JsonBody {
    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** The body of {@code ctx}: a JSON object with no fields but {@code allowed}. */
    public static JsonBody of(Context ctx, Set<String> allowed) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            // Browsers cannot send application/json across origins without asking first, which this server
            // never allows: requiring it keeps other web pages from posting corrections.
            throw new ProblemException(415, "send the body as application/json");
        }
        JsonNode root = Json.readTree(ctx.body());
        if (root == null || !root.isObject()) {
            throw new ProblemException(400, "the body must be a JSON object");
        }
        List<Problem.ParameterError> unknown = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                unknown.add(new Problem.ParameterError(name, "is not a field here; known: "
                        + String.join(", ", new TreeSet<>(allowed))));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badParameters(unknown);
        }
        return new JsonBody(root);
    }

    /** Field {@code name}: an array of {@code min} to {@code max} positive ids. */
    public List<Long> ids(String name, int min, int max) {
        JsonNode array = array(name, min, max);
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.canConvertToExactIntegral() || !item.canConvertToLong() || item.asLong() <= 0) {
                throw ProblemException.badParameter(name, "must hold positive whole numbers (person ids)");
            }
            ids.add(item.asLong());
        }
        return ids;
    }

    /** Field {@code name}: an array of {@code min} to {@code max} non-blank strings, each at most {@code maxChars}. */
    public Set<String> strings(String name, int min, int max, int maxChars) {
        JsonNode array = array(name, min, max);
        Set<String> strings = new LinkedHashSet<>();
        for (JsonNode item : array) {
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > maxChars) {
                throw ProblemException.badParameter(name, "must hold non-blank strings of at most "
                        + maxChars + " characters");
            }
            strings.add(item.asText().strip());
        }
        return strings;
    }

    private JsonNode array(String name, int min, int max) {
        JsonNode array = root.get(name);
        if (array == null || !array.isArray()) {
            throw ProblemException.badParameter(name, "is required: an array");
        }
        if (array.size() < min || array.size() > max) {
            throw ProblemException.badParameter(name, "must hold " + (min == max ? min : min + " to " + max)
                    + " items, not " + array.size());
        }
        return array;
    }
}
