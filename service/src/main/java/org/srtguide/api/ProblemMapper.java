package org.srtguide.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become HTTP answers: RFC 7807 problem+json naming the fields at
 * fault. Never a stack trace, class name or request payload in the body or the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final String TYPE = "https://srtguide.org/problems/";
    private static final int MAX_ECHO = 40;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof InvalidInputException invalid) {
            return invalid(invalid.violations());
        }
        if (failure instanceof ConstraintViolationException cve && !cve.getConstraintViolations().isEmpty()) {
            return invalid(fromBeanValidation(cve));
        }
        if (failure instanceof JsonProcessingException json) {
            return invalid(List.of(fromJson(json)));
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

    static List<Violation> fromBeanValidation(ConstraintViolationException cve) {
        List<Violation> out = new ArrayList<>();
        for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
            out.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        return out;
    }

    /** Drops the resource method and parameter names: {@code assess.request.psa[0].value} → {@code psa[0].value}. */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {
                    continue;
                }
                default -> {
                }
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !"<list element>".equals(node.getName())) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** Never echoes Jackson's own message: it quotes the offending input text and names classes. */
    static Violation fromJson(JsonProcessingException json) {
        if (json instanceof UnrecognizedPropertyException unknown) {
            return new Violation(pathOf(unknown), "unknown field");
        }
        if (json instanceof InvalidFormatException format) {
            return new Violation(pathOf(format), "invalid value '" + echo(format.getValue()) + "': expected "
                    + expected(format.getTargetType()));
        }
        StreamReadException read = parseFailure(json);
        if (read != null) {
            String field = read.getProcessor() != null ? pathOf(read.getProcessor().getParsingContext())
                    : json instanceof JsonMappingException mapping ? pathOf(mapping) : "body";
            String original = read.getOriginalMessage();
            if (original != null && original.startsWith("Duplicate field")) {
                return new Violation(field, "appears more than once");
            }
            JsonLocation at = read.getLocation();
            return new Violation(field, at == null ? "malformed JSON"
                    : "malformed JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        if (json instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new Violation(pathOf(mismatch), "wrong type: expected " + expected(mismatch.getTargetType()));
        }
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Violation(pathOf(mapping), "wrong type or structure");
        }
        if (json instanceof MismatchedInputException) {
            return new Violation("body", "a JSON object is required");
        }
        return new Violation("body", "malformed JSON");
    }

    /** A syntax error, possibly wrapped by databind on its way out (then with the field path). */
    private static StreamReadException parseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read) {
                return read;
            }
        }
        return null;
    }

    /** The position the parser had reached: {@code psa[1].value}. */
    private static String pathOf(JsonStreamContext context) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push((c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.getCurrentName());
            }
        }
        String field = String.join("", parts);
        return field.isEmpty() ? "body" : field;
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_ECHO ? text : text.substring(0, MAX_ECHO) + "…";
    }

    private static String expected(Class<?> target) {
        return target != null && target.isEnum() ? "one of " + java.util.Arrays.toString(target.getEnumConstants())
                : "a value of type " + friendly(target);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String friendly(Class<?> type) {
        if (type == null) {
            return "unknown";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == java.time.LocalDate.class) {
            return "date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type == String.class || type == Character.class) {
            return "string";
        }
        return "object";
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
