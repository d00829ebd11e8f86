package org.srtguide.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The one place where failures become HTTP answers: RFC 7807 problem+json naming the fields at
 * fault. Never a stack trace, class name or request payload in the body or the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String TYPE = "https://srtguide.org/problems/";

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof InvalidInputException invalid) {
            return invalid(invalid.violations());
        }
        if (failure instanceof ConstraintViolationException cve && !cve.getConstraintViolations().isEmpty()) {
            return invalid(RequestViolations.of(cve));
        }
        if (failure instanceof JsonProcessingException json) {
            return invalid(List.of(RequestViolations.of(json)));
        }
        if (failure instanceof EvaluationFailedException failed) {
            List<Violation> errors = failed.errors().stream()
                    .map(e -> new Violation(e.sourceId() == null ? "model" : e.sourceId(), e.text())).toList();
            return respond(new Problem(TYPE + "evaluation-failed", "The decision models could not decide this case", 422,
                    "The input is valid but the models returned errors; no recommendation was made. Report this case to the committee.",
                    errors));
        }
        if (failure instanceof UnprocessableException unprocessable) {
            return respond(new Problem(TYPE + "unprocessable", unprocessable.title(), 422, unprocessable.getMessage(),
                    unprocessable.violations()));
        }
        if (failure instanceof UnsupportedMediaException unsupported) {
            return respond(new Problem(TYPE + "unsupported-media-type", "Unsupported media type", 415,
                    unsupported.getMessage(), unsupported.violations()));
        }
        if (failure instanceof PreconditionFailedException missing) {
            return respond(new Problem(TYPE + "precondition-failed", "Required data missing", 412, missing.getMessage(),
                    missing.violations()));
        }
        if (failure instanceof ConflictException conflict) {
            return respond(new Problem(TYPE + conflict.type(), conflict.title(), 409, conflict.getMessage(), conflict.violations()));
        }
        if (failure instanceof AtCapacityException busy) {
            // Overload, not a fault: one line per shed request at WARN would flood the log.
            LOG.debugf("evaluation refused at capacity: %s", busy.getMessage());
            return Response.fromResponse(respond(new Problem(TYPE + "at-capacity", "Service at capacity", 503,
                    busy.getMessage() + " No evaluation was made; retry later.", null))).header("Retry-After", "1").build();
        }
        if (failure instanceof UnavailableException unavailable) {
            LOG.errorf("service unavailable: %s", unavailable.getMessage());
            return respond(new Problem(TYPE + "unavailable", "Service unavailable", 503,
                    unavailable.getMessage() + " No evaluation was made; retry later.", null));
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                Response.Status known = Response.Status.fromStatusCode(status);
                String title = known == null ? "Request not processed" : known.getReasonPhrase();
                return respond(new Problem(TYPE + "http-" + status, title, status, title, null));
            }
        }
        LOG.errorf("unexpected failure (%s)", failure.getClass().getSimpleName());
        LOG.debug("unexpected failure detail", failure);
        return respond(new Problem(TYPE + "internal", "Internal error", 500,
                "The request could not be processed; no recommendation was made.", null));
    }

    /** Readers and frameworks wrap the failure that names the field; answer for that one. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 5; depth++, t = t.getCause()) {
            if (t instanceof InvalidInputException || t instanceof ConstraintViolationException
                    || t instanceof JsonProcessingException || t instanceof UnavailableException) {
                return t;
            }
        }
        return thrown;
    }

    private static Response invalid(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(Violation::field));
        return respond(new Problem(TYPE + "invalid-input", "Invalid input", 400,
                "The request cannot be evaluated; no recommendation was made.", sorted));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * JAX-RS picks the mapper closest to the exception type, so the JSON and validation failures
     * would otherwise reach RESTEasy's and Quarkus' own mappers (plain text, class names). These only
     * hand them to the one mapper above.
     */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class JsonFailures implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException failure) {
            return new ProblemMapper().toResponse(failure);
        }
    }

    /** See {@link JsonFailures}. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class ValidationFailures implements ExceptionMapper<ValidationException> {
        @Override
        public Response toResponse(ValidationException failure) {
            return new ProblemMapper().toResponse(failure);
        }
    }
}
