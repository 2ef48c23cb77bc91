package org.demarche.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error response body in the shape of RFC 9457 ("problem details"), served as
 * {@code application/problem+json}. {@code type} is {@code about:blank}, so {@code title} is the status's own
 * phrase; {@code detail} says what went wrong in this request, and {@code errors} names every bad parameter.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<ParameterError> errors) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
    }

    /** One parameter that could not be used, and why. */
    public record ParameterError(String name, String reason) {
    }

    public static Problem of(int status, String detail, String instance) {
        return new Problem("about:blank", StatusPhrases.of(status), status, detail, instance, List.of());
    }

    public static Problem badParameters(List<ParameterError> errors, String instance) {
        String detail = errors.size() == 1
                ? errors.get(0).name() + ": " + errors.get(0).reason()
                : errors.size() + " parameters are invalid; see errors.";
        return new Problem("about:blank", StatusPhrases.of(400), 400, detail, instance, errors);
    }
}
