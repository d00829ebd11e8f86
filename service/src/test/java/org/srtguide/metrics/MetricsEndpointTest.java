package org.srtguide.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MetricsEndpointTest {
    static final String PROBE_CASE_ID = "probe-case-7731";
    static final String CASE = """
            { "caseId": "%s", "asOf": "2025-06-01", "primaryTreatment": "PROSTATECTOMY", "primaryTreatmentDate": "2023-02-10",
              "psa": [ {"date": "2023-04-01", "value": 0.01}, {"date": "2025-01-10", "value": 0.21}, {"date": "2025-02-12", "value": 0.27} ],
              "gradeGroup": 2, "seminalVesicleInvasion": false, "pathologicalNodes": "pN0",
              "imaging": [ {"modality": "PSMA_PET", "date": "2025-03-01", "findings": ["NO_DISEASE"]} ] }
            """.formatted(PROBE_CASE_ID);
    static final String METASTASIS = """
            { "earlierFindings": [], "imagingFindings": ["PELVIC_NODES"], "imagingDone": true, "pathologicalNodes": "pN0" }
            """;
    private static final Pattern LABEL_VALUE = Pattern.compile("=\"([^\"]*)\"");

    @Test
    void shouldCountAnAssessmentByPathwayAndRecurrenceCodes() {
        double before = counter("srt_assessments_total{pathway=\"SALVAGE_RADIOTHERAPY\",recurrence=\"BIOCHEMICAL_RECURRENCE\"}");

        assess(CASE);

        assertThat(counter("srt_assessments_total{pathway=\"SALVAGE_RADIOTHERAPY\",recurrence=\"BIOCHEMICAL_RECURRENCE\"}"))
                .isEqualTo(before + 1);
    }

    @Test
    void shouldCountAPerModelDecisionByModel() {
        double before = counter("srt_decisions_total{model=\"metastasis\"}");

        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body(METASTASIS).post("/api/decisions/metastasis").then().statusCode(200);

        assertThat(counter("srt_decisions_total{model=\"metastasis\"}")).isEqualTo(before + 1);
    }

    @Test
    void shouldShowTheEvaluationSlotsInUseAndTheQueueAsIdleBetweenRequests() {
        assess(CASE);

        assertThat(metrics()).contains("srt_evaluations_running ").contains("srt_evaluations_waiting ");
        assertThat(counter("srt_evaluations_running")).isZero();
        assertThat(counter("srt_evaluations_waiting")).isZero();
    }

    @Test
    void shouldTimeRequestsByRouteTemplate() {
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body(METASTASIS).post("/api/decisions/metastasis").then().statusCode(200);

        assertThat(metrics()).contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/api/decisions/{model}\"}")
                .contains("http_server_requests_seconds_bucket{method=\"POST\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/api/decisions/{model}\",le=\"0.025\"}");
    }

    @Test
    void shouldKeepRequestValuesOutOfEveryLabel() {
        assess(CASE);
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body(METASTASIS).post("/api/decisions/probe-model-4419").then().statusCode(404);
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body("{ \"caseId\": \"probe-invalid-5520\" }").post("/api/assessments").then().statusCode(400);

        List<String> values = labelValues(metrics());

        assertThat(values).isNotEmpty()
                .noneMatch(v -> v.contains("probe"))
                .noneMatch(v -> v.matches(".*\\d{4}-\\d{2}-\\d{2}.*"));
    }

    @Test
    void shouldRefuseMetricsWithoutCredentials() {
        given().get("/q/metrics").then().statusCode(401);
    }

    @Test
    void shouldRefuseMetricsToEveryRoleButAdmin() {
        for (String user : List.of(TestUsers.CLINICIAN, TestUsers.COMMITTEE, TestUsers.AUDITOR)) {
            given().auth().preemptive().basic(user, TestUsers.PASSWORD).get("/q/metrics").then().statusCode(403);
        }
    }

    private static void assess(String body) {
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body(body).post("/api/assessments").then().statusCode(200);
    }

    private static String metrics() {
        return given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.PASSWORD).get("/q/metrics")
                .then().statusCode(200).extract().asString();
    }

    /** The sample value of one exact series, 0 while it does not exist yet. */
    private static double counter(String series) {
        for (String line : metrics().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }

    private static List<String> labelValues(String text) {
        List<String> values = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = LABEL_VALUE.matcher(line);
            while (m.find()) {
                values.add(m.group(1));
            }
        }
        return values;
    }
}
