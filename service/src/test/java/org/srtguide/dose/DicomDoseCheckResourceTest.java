package org.srtguide.dose;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;
import org.srtguide.dose.dicom.DicomReader;
import org.srtguide.dose.dicom.DicomWriter;
import org.srtguide.dose.dicom.GridFiles;
import org.srtguide.dose.dicom.GridFiles.Geometry;
import org.srtguide.dose.dicom.Tags;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** DICOM uploads whose DVHs are computed from the dose grid, the DVH cross-check, and the plan report (docs/api.md). */
@QuarkusTest
class DicomDoseCheckResourceTest {
    static final String UID = "1.2.826.0.1.3680043.2.1125.9";
    static final Geometry GEOMETRY = new Geometry(41, 41, -50, -50, 2.5, 2.5, GridFiles.planes(-30, 2.5, 25));
    /** 37.5 × 27.5 × 40 mm = 41.25 cm³, on pixel boundaries. */
    static final byte[] STRUCT = GridFiles.structureSet(DicomReader.EXPLICIT_LE, UID, List.of(new GridFiles.Roi(1, "Rectum",
            GridFiles.box(-18.75, 18.75, -13.75, 13.75, -18.75, 2.5, 16))));
    static final String REQUEST = """
            { "constraintSet": "RTOG-0534-PROSTATE-BED", "prescription": { "totalDoseGy": 64.8, "fractions": 36 } }
            """;

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, TestUsers.PASSWORD);
    }

    static byte[] dose(String orientation, List<DicomWriter.El> extra) {
        return GridFiles.rtDose(DicomReader.IMPLICIT_LE, UID, GEOMETRY, (x, y, z) -> 50.0, 1e-5, "GY", orientation, extra);
    }

    static RequestSpecification upload(byte[] rtDose, byte[] rtStruct, String request) {
        return as(TestUsers.CLINICIAN).multiPart("rtdose", "rtdose.dcm", rtDose, "application/dicom")
                .multiPart("rtstruct", "rtstruct.dcm", rtStruct, "application/dicom")
                .multiPart("request", request, "application/json");
    }

    @Test
    void shouldComputeDvhsFromTheDoseGridAndReportThemFromTheAuditRecord() {
        String auditId = upload(dose("1\\0\\0\\0\\1\\0", List.of()), STRUCT, REQUEST)
                .when().post("/api/dose-checks")
                .then().statusCode(200)
                .body("dvhSource", equalTo("COMPUTED"))
                .body("computedDvhs[0].structure", equalTo("Rectum"))
                .body("computedDvhs[0].volumeCc", equalTo(41.25f))
                .body("computedDvhs[0].meanGy", equalTo(50.0f))
                // V65Gy <= 35 %: 0 % of the rectum, 35 points of room
                .body("results[0].value", equalTo(0.0f))
                .body("results[0].verdict", equalTo("PER_PROTOCOL"))
                .body("results[0].distanceToLimit", equalTo(35.0f))
                .body("results[0].distanceToLimitPercent", equalTo(100.0f))
                .body("results[0].tier", equalTo("IDEAL"))
                .body("results[0].dvhSource", equalTo("COMPUTED"))
                .body("results[0].importedValue", nullValue())
                // V40Gy <= 55 %: all of it, 45 points over
                .body("results[1].value", equalTo(100.0f))
                .body("results[1].distanceToLimit", equalTo(-45.0f))
                .body("results[1].tier", equalTo("NONE"))
                .extract().header("X-Audit-Id");

        String html = as(TestUsers.AUDITOR).when().get("/api/dose-checks/" + auditId + "/report")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<svg"), containsString("<polyline"), containsString("rtog0534-rectum-v65"),
                        containsString("computed from the RT Dose grid"), containsString(auditId))
                .extract().asString();
        assertThat(as(TestUsers.CLINICIAN).when().get("/api/dose-checks/" + auditId + "/report?format=html").asString())
                .isEqualTo(html);
        byte[] pdf = as(TestUsers.CLINICIAN).when().get("/api/dose-checks/" + auditId + "/report?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(as(TestUsers.AUDITOR).when().get("/api/dose-checks/" + auditId + "/report?format=pdf").asByteArray())
                .isEqualTo(pdf);
    }

    @Test
    void shouldFlagAMetricWhereThePlanningSystemsDvhDisagrees() {
        // the DVH Sequence claims the whole rectum at 70 Gy (absolute doses); the grid gives 50 Gy
        byte[] rtDose = dose("1\\0\\0\\0\\1\\0", List.of(new DicomWriter.El(Tags.DVH_SEQUENCE, "SQ", null,
                List.of(DicomWriter.dvhItem(1, "CUMULATIVE", "CM3", "1", "0\\41.25\\70\\41.25\\70.01\\0")))));
        upload(rtDose, STRUCT, REQUEST)
                .when().post("/api/dose-checks")
                .then().statusCode(200)
                .body("dvhSource", equalTo("COMPUTED"))
                .body("dvhMismatchTolerance", equalTo(0.02f))
                .body("results[0].verdict", equalTo("DVH_MISMATCH"))
                .body("results[0].value", equalTo(0.0f))
                .body("results[0].importedValue", equalTo(100.0f))
                .body("results[0].importedVerdict", equalTo("DEVIATION_UNACCEPTABLE"))
                .body("results[0].reason", containsString("the planning system's DVH 100 %"))
                .body("results[1].verdict", equalTo("DEVIATION_UNACCEPTABLE"))
                .body("results[1].importedValue", equalTo(100.0f))
                .body("summary.dvhMismatch", equalTo(1));
    }

    @Test
    void shouldRefuseATransferSyntaxItDoesNotReadWith415NamingIt() {
        byte[] jpeg = DicomWriter.file("1.2.840.10008.1.2.4.50", List.of(DicomWriter.El.of(Tags.MODALITY, "CS", "RTDOSE")));
        upload(jpeg, STRUCT, REQUEST)
                .when().post("/api/dose-checks")
                .then().statusCode(415).contentType("application/problem+json")
                .body("violations[0].field", equalTo("rtdose"))
                .body("violations[0].message", containsString("1.2.840.10008.1.2.4.50"));
    }

    @Test
    void shouldRefuseANonAxialDoseGridWith422() {
        upload(dose("-1\\0\\0\\0\\-1\\0", List.of()), STRUCT, REQUEST)
                .when().post("/api/dose-checks")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("rtdose"))
                .body("violations[0].message", containsString("only the axial orientation"));
    }

    @Test
    void shouldNameTheRequestFieldOfAMistypedValueWithoutJacksonInternals() {
        upload(dose("1\\0\\0\\0\\1\\0", List.of()), STRUCT,
                "{ \"constraintSet\": \"RTOG-0534-PROSTATE-BED\", \"prescription\": { \"totalDoseGy\": 64.8, \"fractions\": \"many\" } }")
                .when().post("/api/dose-checks")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("request.prescription.fractions"))
                .body(not(containsString("jackson")), not(containsString("com.fasterxml")), not(containsString("java.")));
    }

    @Test
    void shouldNameTheRequestPartOfMalformedJson() {
        upload(dose("1\\0\\0\\0\\1\\0", List.of()), STRUCT, "{ \"constraintSet\": ")
                .when().post("/api/dose-checks")
                .then().statusCode(400)
                .body("violations[0].field", containsString("request"))
                .body(not(containsString("jackson")), not(containsString("com.fasterxml")));
    }

    @Test
    void shouldNameAMissingBeanValidatedRequestField() {
        upload(dose("1\\0\\0\\0\\1\\0", List.of()), STRUCT, "{ \"constraintSet\": \"RTOG-0534-PROSTATE-BED\" }")
                .when().post("/api/dose-checks")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("request.prescription"));
    }

    @Test
    void shouldReportAJsonCheckWithTheDvhsItWasSent() {
        String auditId = as(TestUsers.CLINICIAN).contentType("application/json").body(DoseCheckResourceTest.RTOG_REQUEST)
                .when().post("/api/dose-checks")
                .then().statusCode(200).body("dvhSource", equalTo("REQUEST")).extract().header("X-Audit-Id");
        as(TestUsers.AUDITOR).when().get("/api/dose-checks/" + auditId + "/report")
                .then().statusCode(200)
                .body(containsString("as sent in the request"), containsString(">Bladder_CTV</text>"),
                        containsString("rtog0534-bladder-ctv-v40"), containsString("64.8 Gy in 36 fractions"));
    }

    @Test
    void shouldRefuseAnUnknownReportFormat() {
        as(TestUsers.AUDITOR).when().get("/api/dose-checks/anything/report?format=docx")
                .then().statusCode(400).body("violations[0].field", equalTo("format"));
    }

    @Test
    void shouldAnswer404ForARecordThatIsNotADoseCheck() {
        as(TestUsers.AUDITOR).when().get("/api/dose-checks/00000000-0000-0000-0000-000000000000/report")
                .then().statusCode(404);
    }

    @Test
    void shouldKeepTheReportFromTheCommittee() {
        as(TestUsers.COMMITTEE).when().get("/api/dose-checks/00000000-0000-0000-0000-000000000000/report")
                .then().statusCode(403);
    }
}
