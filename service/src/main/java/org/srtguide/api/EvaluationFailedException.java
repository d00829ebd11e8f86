package org.srtguide.api;

import java.util.List;

/** The models could not decide a valid request (a content defect): answered 422, never a recommendation. */
public class EvaluationFailedException extends RuntimeException {
    private final List<ModelError> errors;

    /** One engine error or warning: the DMN element it names (may be null) and the engine's text. */
    public record ModelError(String sourceId, String text) {
    }

    public EvaluationFailedException(String modelName, List<ModelError> errors) {
        super("model " + modelName + " could not decide the case");
        this.errors = List.copyOf(errors);
    }

    public List<ModelError> errors() {
        return errors;
    }
}
