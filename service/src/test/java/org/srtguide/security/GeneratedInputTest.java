package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;


import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.srtguide.AuditRows;
import org.srtguide.TestUsers;


import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Properties over generated inputs (jqwik generators, fixed seeds, bounded tries): malformed and
 * out-of-range requests are 400 problem+json and leave no audit record; valid requests at the
 * boundaries are decided (200, audited) or refused as undecidable (422, not audited); nothing is
 * ever a 5xx. jqwik's own @Property runner cannot reach a @QuarkusTest application, so its
 * generators are driven from here; a failure prints the seed and the generated body.
 */
@QuarkusTest
class GeneratedInputTest {
    private static final String SEED = "4711";
    private static final int TRIES = 200;
    private static final int VALID_TRIES = 100;

    @Inject
    DataSource dataSource;

    @Test
    void shouldRejectEveryMalformedOrOutOfRangeAssessmentWithoutEvaluatingIt() {
        AuditRows rows = new AuditRows(dataSource);
        JqwikSession.run(SEED, () -> InputGenerators.invalidAssessments().sampleStream().limit(TRIES).forEach(c -> {
            long before = rows.count();
            Response response = post("/api/assessments", c.body());
            assertThat(response.statusCode()).as("status for %s\n%s", c, response.asString()).isEqualTo(400);
            ProblemAssert.assertProblem(response, 400);
            assertThat(rows.count()).as("audit records after %s", c).isEqualTo(before);
        }));
    }

    @Test
    void shouldDecideOrRefuseEveryValidBoundaryAssessmentAndAuditOnlyDecisions() {
        AuditRows rows = new AuditRows(dataSource);
        JqwikSession.run(SEED, () -> InputGenerators.validAssessments().sampleStream().limit(VALID_TRIES).forEach(c -> {
            long before = rows.count();
            Response response = post("/api/assessments", c.body());
            assertThat(response.statusCode()).as("status for %s\n%s", c, response.asString()).isIn(200, 422);
            assertAuditedOnlyWhenDecided(response, rows, before, c);
        }));
    }

    @Test
    void shouldNeverFailOnGeneratedModelInputsAndAuditOnlyDecisions() {
        AuditRows rows = new AuditRows(dataSource);
        JqwikSession.run(SEED, () -> InputGenerators.modelInputs().sampleStream().limit(TRIES).forEach(c -> {
            long before = rows.count();
            Response response = post(c.what(), c.body());
            assertThat(response.statusCode()).as("status for %s\n%s", c, response.asString()).isIn(200, 400, 404, 422);
            assertAuditedOnlyWhenDecided(response, rows, before, c);
        }));
    }

    private static void assertAuditedOnlyWhenDecided(Response response, AuditRows rows, long before, InputGenerators.Case c) {
        if (response.statusCode() == 200) {
            assertThat(response.header("X-Audit-Id")).as("audit id for %s", c).isNotBlank();
            assertThat(rows.count()).as("audit records after %s", c).isEqualTo(before + 1);
        } else {
            ProblemAssert.assertProblem(response, response.statusCode());
            assertThat(rows.count()).as("audit records after %s", c).isEqualTo(before);
        }
    }

    private static Response post(String path, String body) {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(body).when().post(path);
    }
}
