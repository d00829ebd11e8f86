package org.srtguide.decision;

import java.util.Map;

/**
 * One call into the DMN engine: the model, the decision service (null = whole model), the input
 * context in its JSON form and the decision results.
 */
public record ModelInvocation(String modelName, String decisionService, Map<String, Object> context,
        Map<String, Object> results) {
}
