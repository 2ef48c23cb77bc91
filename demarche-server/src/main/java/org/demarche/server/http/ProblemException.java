package org.demarche.server.http;

import java.util.List;

/**
 * Ends a request with a problem response: thrown by handlers and parameter checks, turned into
 * {@code application/problem+json} by {@link ErrorResponses}. Carries no stack trace: it is an answer, not a bug.
 */
public final class ProblemException extends RuntimeException {
    private final int status;
    private final List<Problem.ParameterError> errors;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    private ProblemException(int status, String detail, List<Problem.ParameterError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException badParameters(List<Problem.ParameterError> errors) {
        return new ProblemException(400, null, errors);
    }

    public static ProblemException badParameter(String name, String reason) {
        return badParameters(List.of(new Problem.ParameterError(name, reason)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, what);
    }

    public Problem toProblem(String instance) {
        return errors.isEmpty() ? Problem.of(status, getMessage(), instance) : Problem.badParameters(errors, instance);
    }
}
