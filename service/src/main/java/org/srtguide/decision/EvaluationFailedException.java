package org.srtguide.decision;

import java.util.List;

import org.srtguide.audit.DmnMessageRecord;

/** The models could not decide a valid request (a content defect): answered 422, never a recommendation. */
public class EvaluationFailedException extends RuntimeException {
    private final List<DmnMessageRecord> errors;

    public EvaluationFailedException(String modelName, List<DmnMessageRecord> errors) {
        super("model " + modelName + " could not decide the case");
        this.errors = List.copyOf(errors);
    }

    public List<DmnMessageRecord> errors() {
        return errors;
    }
}
