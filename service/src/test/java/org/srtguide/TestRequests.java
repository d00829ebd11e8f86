package org.srtguide;

/** Valid request bodies for tests that need an evaluation to succeed (or one field to be wrong). */
public final class TestRequests {
    /** A confirmed biochemical recurrence after prostatectomy (vignette 0001). */
    public static final String ASSESSMENT = """
            {"caseId": "test-case", "asOf": "2024-06-10", "primaryTreatment": "PROSTATECTOMY",
             "primaryTreatmentDate": "2022-01-10",
             "psa": [{"date": "2022-02-28", "value": 0.01}, {"date": "2024-03-01", "value": 0.21},
                     {"date": "2024-06-03", "value": 0.27}],
             "gradeGroup": 2, "seminalVesicleInvasion": false, "pathologicalNodes": "pN0",
             "imaging": [], "previousSalvageRadiotherapy": false, "toxicities": []}
            """;

    /** Inputs of the metastasis model's decision service (docs/models.md). */
    public static final String METASTASIS_INPUTS = """
            {"earlierFindings": [], "imagingFindings": ["PELVIC_NODES"], "imagingDone": true, "pathologicalNodes": "pN0"}
            """;

    private TestRequests() {
    }

    /** The assessment with one top-level field replaced by raw JSON (or removed when json is null). */
    public static String assessmentWith(String field, String json) {
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.object(ASSESSMENT);
        if (json == null) {
            node.remove(field);
        } else {
            node.set(field, Json.tree(json));
        }
        return node.toString();
    }

    /** A small valid dose check: one rectum DVH against the RTOG 0534 prostate-bed set. */
    public static final String DOSE_CHECK = """
            { "constraintSet": "RTOG-0534-PROSTATE-BED", "prescription": { "totalDoseGy": 64.8, "fractions": 36 },
              "structures": [ { "name": "Rectum", "volumeCc": 72.4,
                "dvh": { "type": "CUMULATIVE", "doseGy": [0, 20, 40, 65, 70], "volumePercent": [100, 70, 40, 20, 0] } } ] }
            """;

    /** A committee submission without models: refused with 400 once the caller is admitted. */
    public static final String COMMITTEE_EMPTY_SUBMISSION = """
            { "models": [] }
            """;
}
