package org.srtguide.decision;

import java.util.List;
import java.util.Map;

/** The outputs of one model evaluation, in JSON-ready form, and the engine's non-error messages. */
public record Evaluation(String modelName, Map<String, Object> outputs, List<DmnMessageRecord> messages) {
}
