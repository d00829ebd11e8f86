package org.srtguide.dose.constraints;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** The YAML shape of a constraint-set file; validated and turned into a {@link ConstraintSet}. */
record SetDocument(String id, Integer version, String title, String source, String category, String note,
        ReferenceDocument referenceFractionation, Double defaultAlphaBetaGy, List<Located> constraints) {

    record ReferenceDocument(String conversion, List<CourseDocument> courses, Integer fractions,
            Double dosePerFractionGy, Double minDosePerFractionGy, Double maxDosePerFractionGy, String description,
            String source) {
    }

    record CourseDocument(Double totalDoseGy, Integer fractions) {
    }

    record ConstraintDocument(String id, String structure, List<String> aliases, String metric, String unit,
            String comparator, Double ideal, Double acceptable, Double alphaBetaGy, String source, String status,
            String note, Integer priority) {
    }

    /** A constraint with the line it starts on, so that errors point at it. */
    @JsonDeserialize(using = Located.Reader.class)
    record Located(int line, ConstraintDocument value) {
        static final class Reader extends JsonDeserializer<Located> {
            @Override
            public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonLocation start = p.currentTokenLocation();
                try {
                    return new Located(start.getLineNr(), ctxt.readValue(p, ConstraintDocument.class));
                } catch (JsonMappingException e) {
                    // Jackson reports some problems at the end of the object; point at its start instead.
                    throw new JsonMappingException(p, e.getOriginalMessage(), start);
                }
            }
        }
    }
}
