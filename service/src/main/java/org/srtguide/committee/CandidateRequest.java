package org.srtguide.committee;

import java.util.List;

/**
 * Candidate models submitted for review: each replaces the deployed model of the same name. {@code name}
 * is optional and, when given, must match the model's own {@code definitions/@name}. DMN 1.5 or 1.6 XML.
 */
public record CandidateRequest(List<Submitted> models) {

    public record Submitted(String name, String xml) {
    }
}
