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

    /** A CDS Hooks patient-view call with FHIR R4 prefetch: the same case (docs/fhir.md). */
    public static final String CDS_HOOKS_CALL = """
            { "hook": "patient-view", "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
              "context": { "userId": "Practitioner/example", "patientId": "p1" },
              "extension": { "org.srtguide.asOf": "2024-06-10" },
              "prefetch": {
                "patient": { "resourceType": "Patient", "id": "p1" },
                "psa": { "resourceType": "Bundle", "type": "searchset", "entry": [
                  { "resource": { "resourceType": "Observation", "id": "psa1", "status": "final",
                      "code": { "coding": [ { "system": "http://loinc.org", "code": "2857-1" } ] },
                      "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2022-02-28",
                      "valueQuantity": { "value": 0.01, "system": "http://unitsofmeasure.org", "code": "ng/mL" } } },
                  { "resource": { "resourceType": "Observation", "id": "psa2", "status": "final",
                      "code": { "coding": [ { "system": "http://loinc.org", "code": "2857-1" } ] },
                      "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2024-03-01",
                      "valueQuantity": { "value": 0.21, "system": "http://unitsofmeasure.org", "code": "ng/mL" } } },
                  { "resource": { "resourceType": "Observation", "id": "psa3", "status": "final",
                      "code": { "coding": [ { "system": "http://loinc.org", "code": "2857-1" } ] },
                      "subject": { "reference": "Patient/p1" }, "effectiveDateTime": "2024-06-03",
                      "valueQuantity": { "value": 0.27, "system": "http://unitsofmeasure.org", "code": "ng/mL" } } } ] },
                "procedures": { "resourceType": "Bundle", "type": "searchset", "entry": [
                  { "resource": { "resourceType": "Procedure", "id": "rp", "status": "completed",
                      "code": { "coding": [ { "system": "https://srtguide.org/fhir/CodeSystem/procedure", "code": "radical-prostatectomy" } ] },
                      "subject": { "reference": "Patient/p1" }, "performedDateTime": "2022-01-10" } } ] },
                "pathology": null, "imaging": null, "conditions": null, "adverseEvents": null } }
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
