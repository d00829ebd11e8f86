package org.srtguide.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.srtguide.Json;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.response.Response;

/** Assertions on RFC 7807 answers: status, media type, the field at fault, and nothing internal. */
final class ProblemAssert {
    private ProblemAssert() {
    }

    static JsonNode assertProblem(Response response, int status) {
        String body = response.asString();
        assertThat(response.statusCode()).as("status of %s", body).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", body).startsWith("application/problem+json");
        JsonNode problem = Json.tree(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).startsWith("https://srtguide.org/problems/");
        assertNothingInternal(body);
        assertThat(problem.has("recommendation")).isFalse();
        return problem;
    }

    static JsonNode assertViolation(Response response, int status, String field) {
        JsonNode problem = assertProblem(response, status);
        assertThat(fields(problem)).as("violated fields of %s", problem).contains(field);
        return problem;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
        return fields;
    }

    /** No stack trace, exception or implementation class name leaks into an answer. */
    static void assertNothingInternal(String body) {
        assertThat(body).doesNotContainPattern("(?i)exception|\\bat [a-z]+\\.[a-z]+|org\\.srtguide|java\\.|com\\.fasterxml|jakarta\\.");
    }
}
