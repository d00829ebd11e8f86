package org.srtguide.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Field-level violations from Bean Validation and Jackson failures, with the field written as the
 * caller wrote it ({@code psa[1].value}); {@link ProblemMapper} turns them into the 400 answer.
 */
public final class RequestViolations {
    private static final int MAX_ECHO = 40;

    private RequestViolations() {
    }

    static List<Violation> of(ConstraintViolationException cve) {
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
    public static Violation of(JsonProcessingException json) {
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
}
