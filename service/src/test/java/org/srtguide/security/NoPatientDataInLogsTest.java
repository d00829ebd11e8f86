package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srtguide.Json;
import org.srtguide.TestRequests;
import org.srtguide.TestUsers;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests carrying recognisable patient values (a canary case id, distinctive PSA values and
 * dates), valid and invalid, leave no trace of them in the log at the levels production uses.
 */
@QuarkusTest
class NoPatientDataInLogsTest {
    private static final String CANARY = "PHI-CANARY-5f1c9e";
    private static final String PSA_1 = "0.2371";
    private static final String PSA_2 = "0.3847";
    private static final String PSA_DATE = "2024-03-17";
    private static final List<String> PATIENT_VALUES = List.of(CANARY, PSA_1, PSA_2, PSA_DATE);

    private final List<String> captured = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                captured.add(render(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        capture.setLevel(Level.ALL); // whatever the configured logger levels let through
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void shouldLogNoPatientValueFromValidOrInvalidRequests() {
        String valid = canaryAssessment().toString();
        post("/api/assessments", valid);
        post("/api/assessments", valid.replace("\"PROSTATECTOMY\"", "\"" + CANARY + "\""));
        post("/api/assessments", valid.replace("\"gradeGroup\":2", "\"gradeGroup\":\"" + CANARY + "\""));
        post("/api/assessments", valid.replace("\"caseId\"", "\"" + CANARY + "\":1,\"caseId\""));
        post("/api/assessments", valid.replace(PSA_2, "-" + PSA_2));
        post("/api/assessments", valid.substring(0, valid.indexOf(PSA_2) + 3));
        post("/api/assessments", valid.replace("\"asOf\":\"2024-06-10\"", "\"asOf\":\"2024-03-01\""));
        post("/api/decisions/metastasis", "{\"earlierFindings\": [], \"imagingFindings\": [\"" + CANARY + "\"], \"imagingDone\": true, \"pathologicalNodes\": \"pN0\"}");
        post("/api/decisions/metastasis", "{\"" + CANARY + "\": " + PSA_1 + "}");
        post("/api/decisions/recurrence", "{\"primaryTreatment\": \"PROSTATECTOMY\", \"psaSeries\": [{\"date\": \"" + PSA_DATE
                + "\", \"value\": " + PSA_1 + "}], \"kinetics\": null, \"gradeGroup\": 9}");
        post("/api/decisions/" + CANARY, "{}");

        assertThat(captured).as("log records captured (the handler is live)").isNotEmpty();
        for (String value : PATIENT_VALUES) {
            assertThat(captured).as("log records containing %s", value).noneMatch(line -> line.contains(value));
        }
    }

    private static ObjectNode canaryAssessment() {
        ObjectNode request = Json.object(TestRequests.ASSESSMENT);
        request.put("caseId", CANARY);
        ObjectNode first = (ObjectNode) request.withArray("psa").get(1);
        first.put("date", PSA_DATE).put("value", Double.parseDouble(PSA_1));
        ((ObjectNode) request.withArray("psa").get(2)).put("value", Double.parseDouble(PSA_2));
        return request;
    }

    private static void post(String path, String body) {
        // a log line from the test itself proves the capture works at INFO
        Logger.getLogger(NoPatientDataInLogsTest.class.getName()).info("test request");
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body(body).when().post(path).then().statusCode(org.hamcrest.Matchers.lessThan(500));
    }

    /** Message with parameters filled in, and any attached exception with its causes. */
    private static String render(LogRecord record) {
        StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getLevel() + " ");
        if (record instanceof ExtLogRecord ext) {
            line.append(ext.getFormattedMessage());
        } else {
            line.append(record.getMessage()).append(' ').append(java.util.Arrays.toString(record.getParameters()));
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        return line.toString();
    }
}
