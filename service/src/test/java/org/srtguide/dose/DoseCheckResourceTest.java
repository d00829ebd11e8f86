package org.srtguide.dose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.srtguide.dose.dicom.DicomReader;
import org.srtguide.dose.dicom.DicomWriter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The HTTP contract of /api/dose-checks (docs/api.md). */
@QuarkusTest
class DoseCheckResourceTest {
    private static io.restassured.specification.RequestSpecification clinician() {
        return given().auth().preemptive().basic(org.srtguide.TestUsers.CLINICIAN, org.srtguide.TestUsers.PASSWORD);
    }

    static final String RTOG_REQUEST = """
            {
              "constraintSet": "RTOG-0534-PROSTATE-BED",
              "prescription": { "totalDoseGy": 64.8, "fractions": 36 },
              "structures": [
                { "name": "Rectum", "volumeCc": 72.4,
                  "dvh": { "type": "CUMULATIVE", "doseGy": [0, 40, 65, 70], "volumePercent": [100, 50, 20, 0] } },
                { "name": "Bladder_CTV",
                  "dvh": { "type": "CUMULATIVE", "doseGy": [0, 40, 65, 70], "volumePercent": [100, 75, 55, 0] } }
              ]
            }
            """;

    @Test
    void shouldListBuiltInAndSiteConstraintSets() {
        clinician().when().get("/api/dose-checks/constraint-sets")
                .then().statusCode(200)
                .body("id", hasItems("QUANTEC-PELVIS-CONVENTIONAL", "RTOG-0534-PROSTATE-BED", "NRG-PELVIC-NODES-60GY-20FX",
                        "AAPM-TG101-5FX-PELVIS", "UW-PROSTATE-FOSSA-NODES-HYPO-25FX", "TEST-SITE-TIERED"))
                .body("find { it.id == 'RTOG-0534-PROSTATE-BED' }.fractionation.courses.fractions", contains(36, 39))
                .body("find { it.id == 'RTOG-0534-PROSTATE-BED' }.constraints.metric", contains("V65Gy", "V40Gy", "V65Gy", "V40Gy"))
                .body("find { it.id == 'RTOG-0534-PROSTATE-BED' }.constraints[0].status", equalTo("READ"))
                .body("find { it.id == 'TEST-SITE-TIERED' }.constraints[0].priority", equalTo(1))
                .body("find { it.id == 'RTOG-0534-PROSTATE-BED' }.constraints[0].priority", nullValue());
    }

    @Test
    void shouldCheckJsonDvhsAgainstASet() {
        clinician().contentType(ContentType.JSON).body(RTOG_REQUEST)
                .when().post("/api/dose-checks")
                .then().statusCode(200)
                .body("constraintSet.id", equalTo("RTOG-0534-PROSTATE-BED"))
                .body("auditId", notNullValue())
                .header("X-Audit-Id", notNullValue())
                .body("results.constraintId", contains("rtog0534-rectum-v65", "rtog0534-rectum-v40",
                        "rtog0534-bladder-ctv-v65", "rtog0534-bladder-ctv-v40"))
                .body("results[0].structure", equalTo("Rectum"))
                .body("results[0].metric", equalTo("V65Gy"))
                .body("results[0].unit", equalTo("%"))
                .body("results[0].value", equalTo(20.0f))
                .body("results[0].limit", equalTo(35.0f))
                .body("results[0].verdict", equalTo("PER_PROTOCOL"))
                .body("results[0].convertedLimit", nullValue())
                .body("results[2].verdict", equalTo("DEVIATION_UNACCEPTABLE"))
                .body("summary.perProtocol", equalTo(2))
                .body("summary.deviationUnacceptable", equalTo(2))
                .body("summary.notEvaluable", equalTo(0));
    }

    @Test
    void shouldReportTheConvertedLimitWhenTheFractionationDiffers() {
        String hypo = RTOG_REQUEST.replace("\"totalDoseGy\": 64.8, \"fractions\": 36", "\"totalDoseGy\": 62.5, \"fractions\": 25");
        clinician().contentType(ContentType.JSON).body(hypo)
                .when().post("/api/dose-checks")
                .then().statusCode(200)
                .body("fractionationConverted", equalTo(true))
                // voxel by voxel from 70.2 Gy/39 fx: 65(1 + 65/117) = 101.11 → 57.31 Gy in 25 fx
                .body("results[0].convertedLimit", equalTo(57.3134f))
                .body("results[0].evaluatedMetric", equalTo("V57.31Gy"))
                .body("results[0].referenceCourse", startsWith("reference course 70.2 Gy/39 fx, voxel by voxel"))
                .body("results[0].reason", startsWith("dose level 65 Gy"));
    }

    @Test
    void shouldAddACumulativeRowForPriorCourses() {
        String body = """
                {
                  "constraintSet": "AAPM-TG101-5FX-PELVIS",
                  "prescription": { "totalDoseGy": 36.25, "fractions": 5 },
                  "structures": [ { "name": "Rectum",
                    "dvh": { "type": "CUMULATIVE", "doseGy": [0, 20, 30, 30.1], "volumeCc": [60, 25, 0.5, 0] } } ],
                  "priorCourses": [ { "label": "primary RT 2019", "totalDoseGy": 74, "fractions": 37,
                                      "structures": [ { "name": "Rectum", "metric": "D0.035cc", "doseGy": 75.1 } ] } ]
                }
                """;
        clinician().contentType(ContentType.JSON).body(body)
                .when().post("/api/dose-checks")
                .then().statusCode(200)
                .body("results.find { it.constraintId == 'tg101-rectum-d0p035cc/cumulative' }.basis", equalTo("EQD2"))
                .body("results.find { it.constraintId == 'tg101-rectum-d0p035cc/cumulative' }.cumulative.recoveryDiscountApplied", equalTo(false))
                .body("results.find { it.constraintId == 'tg101-rectum-d0p035cc/cumulative' }.verdict", equalTo("DEVIATION_UNACCEPTABLE"))
                .body("results.find { it.constraintId == 'tg101-bladderwall-d0p035cc' }.verdict", equalTo("NOT_EVALUABLE"));
    }

    @Test
    void shouldRejectAnUnknownConstraintSet() {
        clinician().contentType(ContentType.JSON).body(RTOG_REQUEST.replace("RTOG-0534-PROSTATE-BED", "NO-SUCH-SET"))
                .when().post("/api/dose-checks")
                .then().statusCode(400);
    }

    @Test
    void shouldRejectAMissingPrescription() {
        clinician().contentType(ContentType.JSON).body(RTOG_REQUEST.replace("\"prescription\": { \"totalDoseGy\": 64.8, \"fractions\": 36 },", ""))
                .when().post("/api/dose-checks")
                .then().statusCode(400);
    }

    @Test
    void shouldRejectADvhWithBothVolumeKinds() {
        clinician().contentType(ContentType.JSON)
                .body(RTOG_REQUEST.replace("\"volumePercent\": [100, 50, 20, 0]", "\"volumePercent\": [100, 50, 20, 0], \"volumeCc\": [1, 1, 1, 0]"))
                .when().post("/api/dose-checks")
                .then().statusCode(400);
    }

    @Test
    void shouldCheckAnUploadedRtDoseWithItsStructureSet() {
        String uid = "1.2.826.0.1.3680043.2.1125.7";
        byte[] struct = DicomWriter.structureSet(DicomReader.EXPLICIT_LE, uid, new Object[] {1, "Rectum", null});
        // 1 Gy bins to 70 Gy would be long; 10 Gy bins: 100, 90, …, cumulative cm³ at 0, 10, … Gy
        byte[] dose = DicomWriter.rtDose(DicomReader.EXPLICIT_LE, uid, DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "1",
                "10\\60\\10\\60\\10\\60\\10\\60\\10\\30\\10\\30\\10\\10\\10\\0"));
        clinician().multiPart("rtdose", "rtdose.dcm", dose, "application/dicom")
                .multiPart("rtstruct", "rtstruct.dcm", struct, "application/dicom")
                .multiPart("request", """
                        { "constraintSet": "RTOG-0534-PROSTATE-BED", "prescription": { "totalDoseGy": 64.8, "fractions": 36 } }
                        """, "application/json")
                .when().post("/api/dose-checks")
                .then().statusCode(200)
                .body("results[0].matchedStructure", equalTo("Rectum"))
                .body("results[0].value", equalTo(8.3333f)) // 5 of 60 cm³, rounded to 4 decimals
                .body("results[1].value", equalTo(50.0f))
                .body("results[2].verdict", equalTo("NOT_EVALUABLE"))
                .body("notes[0]", equalTo("DVH of ROI 'Rectum': DVH Data doses read as bin widths (DICOM standard)"));
    }

    @Test
    void shouldRejectAnUploadWithoutItsStructureSet() {
        clinician().multiPart("rtdose", "rtdose.dcm", new byte[] {1, 2}, "application/dicom")
                .multiPart("request", "{}", "application/json")
                .when().post("/api/dose-checks")
                .then().statusCode(400);
    }
}
