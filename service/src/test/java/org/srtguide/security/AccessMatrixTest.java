package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.srtguide.AuditRows;
import org.srtguide.TestRequests;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Endpoint × caller: anonymous and bad credentials get 401, an authenticated caller whose role the
 * endpoint does not admit gets 403, an admitted one gets the endpoint's answer. A new endpoint is
 * one row in {@link #ENDPOINTS}.
 */
@QuarkusTest
class AccessMatrixTest {
    private static final Set<String> PUBLIC = Set.of();
    private static final Set<String> EVERY_ROLE = Set.of("clinician", "committee", "auditor", "admin");

    /** roles = the roles admitted; {@link #PUBLIC} = no credentials needed. */
    record Endpoint(String method, String path, String body, int answer, Set<String> roles) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "/api/assessments", TestRequests.ASSESSMENT, 200, Set.of("clinician", "admin")),
            new Endpoint("POST", "/api/decisions/metastasis", TestRequests.METASTASIS_INPUTS, 200, Set.of("clinician", "admin")),
            new Endpoint("GET", "/api/decisions", null, 200, EVERY_ROLE),
            new Endpoint("GET", "/api/me", null, 200, Set.of("clinician", "committee", "publisher", "auditor", "admin")),
            new Endpoint("POST", "/api/dose-checks", TestRequests.DOSE_CHECK, 200, Set.of("clinician", "admin")),
            new Endpoint("GET", "/api/dose-checks/constraint-sets", null, 200, EVERY_ROLE),
            new Endpoint("GET", "/api/dose-checks/00000000-0000-0000-0000-000000000000/report", null, 404,
                    Set.of("clinician", "auditor", "admin")),
            new Endpoint("GET", "/api/audit", null, 200, Set.of("auditor", "admin")),
            new Endpoint("GET", "/api/audit/verify", null, 200, Set.of("auditor", "admin")),
            new Endpoint("GET", "/api/audit/export?format=ndjson", null, 200, Set.of("auditor", "admin")),
            new Endpoint("GET", "/api/audit/00000000-0000-0000-0000-000000000000/explanation", null, 404, Set.of("auditor", "admin")),
            new Endpoint("GET", "/api/committee/models", null, 200, Set.of("committee", "admin")),
            new Endpoint("GET", "/api/committee/models/metastasis", null, 200, Set.of("committee", "admin")),
            new Endpoint("POST", "/api/committee/validate", TestRequests.COMMITTEE_EMPTY_SUBMISSION, 400, Set.of("committee", "admin")),
            new Endpoint("GET", "/api/committee/proposals", null, 200, Set.of("committee", "publisher", "admin")),
            new Endpoint("POST", "/api/committee/proposals", "{}", 400, Set.of("committee", "admin")),
            new Endpoint("GET", "/api/committee/proposals/none", null, 404, Set.of("committee", "publisher", "admin")),
            new Endpoint("PUT", "/api/committee/proposals/none", "{}", 404, Set.of("committee", "admin")),
            new Endpoint("POST", "/api/committee/proposals/none/reviews", "{\"decision\": \"APPROVE\"}", 404,
                    Set.of("committee", "admin")),
            new Endpoint("POST", "/api/committee/proposals/none/publish", "{}", 404, Set.of("publisher", "admin")),
            new Endpoint("GET", "/api/committee/published/export", null, 200, Set.of("committee", "publisher", "admin")),
            new Endpoint("GET", "/api/models/metastasis/versions", null, 200,
                    Set.of("clinician", "committee", "publisher", "auditor", "admin")),
            new Endpoint("GET", "/committee/", null, 200, PUBLIC),
            new Endpoint("GET", "/audit/", null, 200, PUBLIC),
            new Endpoint("GET", "/cds-services", null, 200, PUBLIC),
            new Endpoint("POST", "/cds-services/salvage-radiotherapy", TestRequests.CDS_HOOKS_CALL, 200, Set.of("clinician", "admin")),
            new Endpoint("GET", "/q/health/live", null, 200, PUBLIC),
            new Endpoint("GET", "/q/health/ready", null, 200, PUBLIC),
            new Endpoint("GET", "/q/openapi", null, 200, PUBLIC),
            new Endpoint("GET", "/q/metrics", null, 200, Set.of("admin")));

    /** A caller: user name and password (null user = anonymous) and the role it holds. */
    record Caller(String name, String user, String password, String role) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Caller> CALLERS = List.of(
            new Caller("anonymous", null, null, null),
            new Caller("wrong password", TestUsers.CLINICIAN, "not-the-password", null),
            new Caller("unknown user", "mallory", TestUsers.PASSWORD, null),
            new Caller("clinician", TestUsers.CLINICIAN, TestUsers.PASSWORD, "clinician"),
            new Caller("committee", TestUsers.COMMITTEE, TestUsers.PASSWORD, "committee"),
            new Caller("auditor", TestUsers.AUDITOR, TestUsers.PASSWORD, "auditor"),
            new Caller("admin", TestUsers.ADMIN, TestUsers.PASSWORD, "admin"),
            new Caller("publisher", TestUsers.PUBLISHER, TestUsers.PASSWORD, "publisher"));

    @Inject
    DataSource dataSource;

    static Stream<Arguments> matrix() {
        // indexes, not the records: Quarkus clones arguments into the application's class loader
        return java.util.stream.IntStream.range(0, ENDPOINTS.size()).boxed().flatMap(e -> java.util.stream.IntStream
                .range(0, CALLERS.size()).mapToObj(c -> Arguments.of(e, c, ENDPOINTS.get(e) + " as " + CALLERS.get(c))));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("matrix")
    void shouldAdmitExactlyTheDeclaredRoles(int endpointIndex, int callerIndex, String label) {
        Endpoint endpoint = ENDPOINTS.get(endpointIndex);
        Caller caller = CALLERS.get(callerIndex);
        Response response = call(endpoint, caller);
        int expected = expectedStatus(endpoint, caller);
        assertThat(response.statusCode()).as("%s as %s: %s", endpoint, caller, response.asString()).isEqualTo(expected);
        if (expected == 401) {
            assertThat(response.header("WWW-Authenticate")).as("challenge").startsWithIgnoringCase("basic");
        }
        if (expected >= 400) {
            // Refusals must not leak internals; successful audit reads legitimately name rule packages.
            ProblemAssert.assertNothingInternal(response.asString());
        }
        String auditId = response.header("X-Audit-Id");
        if (expected == 200 && auditId != null) {
            assertThat(new AuditRows(dataSource).principal(auditId)).as("principal of audit record %s", auditId)
                    .contains(caller.user());
        }
    }

    @Test
    void shouldRecordNoEvaluationForARefusedCaller() {
        AuditRows rows = new AuditRows(dataSource);
        long before = rows.count();
        for (Endpoint endpoint : ENDPOINTS) {
            for (Caller caller : CALLERS) {
                if (endpoint.method().equals("POST") && expectedStatus(endpoint, caller) != 200) {
                    call(endpoint, caller);
                }
            }
        }
        assertThat(rows.count()).isEqualTo(before);
    }

    @Test
    void shouldNotServeKogitosGeneratedDecisionEndpoints() {
        for (String path : List.of("/metastasis", "/pathway", "/pathway/dmnresult")) {
            Response response = given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.PASSWORD)
                    .contentType("application/json").body(TestRequests.METASTASIS_INPUTS).when().post(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    private static int expectedStatus(Endpoint endpoint, Caller caller) {
        if (caller.user() != null && caller.role() == null) {
            return 401; // bad credentials are refused everywhere, never silently treated as anonymous
        }
        if (endpoint.roles().isEmpty()) {
            return endpoint.answer();
        }
        if (caller.user() == null) {
            return 401;
        }
        return endpoint.roles().contains(caller.role()) ? endpoint.answer() : 403;
    }

    private static Response call(Endpoint endpoint, Caller caller) {
        RequestSpecification request = given();
        if (caller.user() != null) {
            request = request.auth().preemptive().basic(caller.user(), caller.password());
        }
        if (endpoint.body() != null) {
            request = request.contentType("application/json").body(endpoint.body());
        }
        return request.when().request(endpoint.method(), endpoint.path());
    }
}
