package org.srtguide.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 7807 problem body, with the field-level violations of an invalid request. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
