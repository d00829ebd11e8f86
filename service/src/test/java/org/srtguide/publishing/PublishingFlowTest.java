package org.srtguide.publishing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.srtguide.TestRequests;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The committee's change end to end over HTTP: propose → reviews (own approval refused, a revision
 * voids approvals) → gates → publish → assessments answered and recorded by the new version →
 * versions → rollback through a proposal → export. One ordered flow: each step builds on the last.
 */
@QuarkusTest
@TestProfile(PublishingProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishingFlowTest {
    static final String OLD_TEXT = "confirmed by a second value of 0.2 ng/mL or more.";
    static final String NEW_TEXT = "confirmed by a second value of 0.2 ng/mL or more (committee wording, test).";

    static String proposalId;
    static List<String> differing;
    static String baselineSha;

    /** A submission validates and runs every vignette twice; the first one also warms the validator up. */
    static final io.restassured.config.RestAssuredConfig SLOW = io.restassured.RestAssured.config().httpClient(
            io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 300_000));

    static RequestSpecification as(String user) {
        return given().config(SLOW).auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("application/json");
    }

    static String recurrence(String text) throws IOException {
        return Files.readString(Path.of("..", "dmn", "recurrence.dmn")).replace(OLD_TEXT, text);
    }

    static Map<String, Object> proposal(String title, String xml) {
        return Map.of("title", title, "rationale", "Clearer wording for clinicians.",
                "models", List.of(Map.of("name", "recurrence", "xml", xml)));
    }

    static Map<String, Object> approval() {
        return Map.of("decision", "APPROVE", "comment", "agreed", "acknowledgedDifferences", differing);
    }

    static JsonPath record(String auditId) {
        return as(TestUsers.AUDITOR).get("/api/audit/" + auditId).then().statusCode(200).extract().jsonPath();
    }

    static Response assess() {
        return as(TestUsers.CLINICIAN).body(TestRequests.ASSESSMENT).post("/api/assessments");
    }

    @Test
    @Order(1)
    void shouldFreezeTheEvidenceOnSubmissionAndRecordTheAction() throws IOException {
        Response created = as(TestUsers.COMMITTEE).body(proposal("Recurrence wording", recurrence(NEW_TEXT)))
                .post("/api/committee/proposals");
        created.then().log().ifValidationFails().statusCode(201);
        JsonPath p = created.jsonPath();
        proposalId = p.getString("id");
        assertThat(p.getInt("revision")).isEqualTo(1);
        assertThat(p.getString("status")).isEqualTo("SUBMITTED");
        assertThat(p.getInt("evidence.basedOnVersion")).isZero();
        assertThat(p.getString("evidence.models[0].sha256")).hasSize(64);
        assertThat(p.getBoolean("evidence.validation.valid")).isTrue();
        assertThat(p.getList("evidence.ruleProblems")).isEmpty();
        assertThat(p.getInt("evidence.testRun.failed")).isZero();
        assertThat(p.getString("evidence.diff.models[0].status")).isEqualTo("CHANGED");
        assertThat(p.getString("evidence.report")).contains("recurrence");
        differing = p.getList("evidence.differingVignettes", String.class);
        assertThat(differing).as("rationale text differs in some answers").isNotEmpty();
        assertThat(p.getList("missing.field", String.class)).containsExactly("approvals");

        JsonPath audit = record(created.header("X-Audit-Id"));
        assertThat(audit.getString("principal")).isEqualTo(TestUsers.COMMITTEE);
        assertThat(audit.getString("endpoint")).isEqualTo("POST /api/committee/proposals");
        assertThat(audit.getString("input.models[0].sha256")).hasSize(64);
        assertThat(audit.getString("output.id")).isEqualTo(proposalId);
    }

    @Test
    @Order(2)
    void shouldRefuseTheAuthorsOwnApproval() {
        as(TestUsers.COMMITTEE).body(approval()).post("/api/committee/proposals/" + proposalId + "/reviews")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/own-approval"));
    }

    @Test
    @Order(3)
    void shouldRequireAnApprovalToAcknowledgeEveryDifferingAnswer() {
        as(TestUsers.COMMITTEE_2).body(Map.of("decision", "APPROVE", "comment", "ok"))
                .post("/api/committee/proposals/" + proposalId + "/reviews")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("acknowledgedDifferences"));
        as(TestUsers.COMMITTEE_2).body(Map.of("decision", "MAYBE")).post("/api/committee/proposals/" + proposalId + "/reviews")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("decision"));
    }

    @Test
    @Order(4)
    void shouldRefusePublishingBeforeTheQuorumNamingWhatIsMissing() {
        as(TestUsers.COMMITTEE_2).body(approval()).post("/api/committee/proposals/" + proposalId + "/reviews")
                .then().statusCode(200).body("approvedBy", org.hamcrest.Matchers.contains(TestUsers.COMMITTEE_2));
        as(TestUsers.PUBLISHER).body(Map.of()).post("/api/committee/proposals/" + proposalId + "/publish")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/not-publishable"))
                .body("violations.field", org.hamcrest.Matchers.contains("approvals"));
    }

    @Test
    @Order(5)
    void shouldVoidEarlierApprovalsWhenTheProposalIsRevised() throws IOException {
        JsonPath p = as(TestUsers.COMMITTEE).body(proposal("Recurrence wording, revised", recurrence(NEW_TEXT)))
                .put("/api/committee/proposals/" + proposalId).then().statusCode(200).extract().jsonPath();
        assertThat(p.getInt("revision")).isEqualTo(2);
        assertThat(p.getList("approvedBy")).isEmpty();
        assertThat(p.getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    @Order(6)
    void shouldLetOnlyPublishersPublish() {
        for (String user : List.of(TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3)) {
            as(user).body(approval()).post("/api/committee/proposals/" + proposalId + "/reviews").then().statusCode(200);
        }
        as(TestUsers.COMMITTEE_2).body(approval()).post("/api/committee/proposals/" + proposalId + "/reviews")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/already-reviewed"));
        as(TestUsers.COMMITTEE).get("/api/committee/proposals/" + proposalId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));
        as(TestUsers.COMMITTEE).body(Map.of()).post("/api/committee/proposals/" + proposalId + "/publish").then().statusCode(403);
        as(TestUsers.CLINICIAN).body(Map.of()).post("/api/committee/proposals/" + proposalId + "/publish").then().statusCode(403);
        as(TestUsers.PUBLISHER).body(Map.of("effectiveFrom", "yesterday")).post("/api/committee/proposals/" + proposalId + "/publish")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("effectiveFrom"));
        as(TestUsers.PUBLISHER).body(Map.of("effectiveFrom", "2020-01-01T00:00:00Z"))
                .post("/api/committee/proposals/" + proposalId + "/publish").then().statusCode(400);
    }

    @Test
    @Order(7)
    void shouldAnswerAndRecordAssessmentsWithThePublishedVersion() {
        Response before = assess();
        assertThat(before.asString()).contains(OLD_TEXT).doesNotContain(NEW_TEXT);
        assertThat(record(before.header("X-Audit-Id")).getInt("modelVersion")).isZero();
        baselineSha = record(before.header("X-Audit-Id")).getString("models.find { it.name == 'recurrence' }.sha256");

        Response published = as(TestUsers.PUBLISHER).body(Map.of()).post("/api/committee/proposals/" + proposalId + "/publish");
        published.then().log().ifValidationFails().statusCode(200);
        assertThat(published.jsonPath().getInt("version")).isEqualTo(1);
        assertThat(published.jsonPath().getString("effectiveFrom")).isNotNull();
        String newSha = published.jsonPath().getString("models.find { it.name == 'recurrence' }.sha256");
        assertThat(newSha).hasSize(64).isNotEqualTo(baselineSha);
        assertThat(record(published.header("X-Audit-Id")).getString("principal")).isEqualTo(TestUsers.PUBLISHER);

        Response after = assess();
        after.then().statusCode(200);
        assertThat(after.asString()).contains(NEW_TEXT);
        JsonPath audit = record(after.header("X-Audit-Id"));
        assertThat(audit.getInt("modelVersion")).isEqualTo(1);
        assertThat(audit.getString("proposalId")).isEqualTo(proposalId);
        assertThat(audit.getString("models.find { it.name == 'recurrence' }.sha256")).isEqualTo(newSha);
        as(TestUsers.AUDITOR).post("/api/audit/" + after.header("X-Audit-Id") + "/replay").then().statusCode(200)
                .body("identical", org.hamcrest.Matchers.equalTo(true));
        JsonPath explained = as(TestUsers.AUDITOR).get("/api/audit/" + after.header("X-Audit-Id") + "/explanation")
                .then().statusCode(200).extract().jsonPath();
        assertThat(explained.getInt("modelVersion.version")).isEqualTo(1);
        assertThat(explained.getString("modelVersion.approval.publishedBy")).isEqualTo(TestUsers.PUBLISHER);
        assertThat(explained.getList("modelVersion.approval.approvedBy")).hasSize(2);
        as(TestUsers.COMMITTEE).get("/api/committee/proposals/" + proposalId).then()
                .body("status", org.hamcrest.Matchers.equalTo("PUBLISHED")).body("publishedVersion", org.hamcrest.Matchers.equalTo(1));
        as(TestUsers.COMMITTEE_3).body(approval()).post("/api/committee/proposals/" + proposalId + "/reviews")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/already-published"));
    }

    @Test
    @Order(8)
    void shouldListTheVersionsOfAModelWithTheBaselineFirst() {
        JsonPath v = as(TestUsers.CLINICIAN).get("/api/models/recurrence/versions").then().statusCode(200).extract().jsonPath();
        assertThat(v.getList("version", Integer.class)).containsExactly(0, 1);
        assertThat(v.getString("[0].sha256")).isEqualTo(baselineSha);
        assertThat(v.getString("[0].effectiveTo")).isEqualTo(v.getString("[1].effectiveFrom")).isNotNull();
        assertThat(v.getString("[1].proposalId")).isEqualTo(proposalId);
        assertThat(v.getString("[1].publishedBy")).isEqualTo(TestUsers.PUBLISHER);
        assertThat(v.getList("[1].approvedBy", String.class)).containsExactly(TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3);
        assertThat(v.getString("[1].effectiveTo")).isNull();
        assertThat(as(TestUsers.CLINICIAN).get("/api/models/metastasis/versions").jsonPath().getList("version")).hasSize(1);
        as(TestUsers.CLINICIAN).get("/api/models/nope/versions").then().statusCode(404);
    }

    @Test
    @Order(9)
    void shouldRollBackThroughAProposalWithTheSameGates() {
        as(TestUsers.COMMITTEE).body(Map.of("title", "Roll back", "rationale", "r", "rollbackToVersion", 7))
                .post("/api/committee/proposals").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("rollbackToVersion"));
        Response created = as(TestUsers.COMMITTEE).body(Map.of("title", "Roll back the wording", "rationale",
                "Back to the repository text.", "rollbackToVersion", 0)).post("/api/committee/proposals");
        created.then().statusCode(201);
        String rollback = created.jsonPath().getString("id");
        differing = created.jsonPath().getList("evidence.differingVignettes", String.class);
        assertThat(created.jsonPath().getString("evidence.models[0].sha256")).isEqualTo(baselineSha);
        as(TestUsers.PUBLISHER).body(Map.of()).post("/api/committee/proposals/" + rollback + "/publish").then().statusCode(409);
        for (String user : List.of(TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3)) {
            as(user).body(approval()).post("/api/committee/proposals/" + rollback + "/reviews").then().statusCode(200);
        }
        List<Response> during = ConcurrentAssessments.during(() -> as(TestUsers.ADMIN).body(Map.of())
                .post("/api/committee/proposals/" + rollback + "/publish").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(2)));
        // no request failed during the switch, and each answered wholly on the version its record names
        for (Response r : during) {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
            int version = record(r.header("X-Audit-Id")).getInt("modelVersion");
            assertThat(version).isIn(1, 2);
            assertThat(r.asString()).contains(version == 1 ? NEW_TEXT : OLD_TEXT).doesNotContain(version == 1 ? OLD_TEXT : NEW_TEXT);
        }
        assertThat(during).extracting(r -> record(r.header("X-Audit-Id")).getInt("modelVersion")).contains(2);

        Response after = assess();
        assertThat(after.asString()).contains(OLD_TEXT).doesNotContain(NEW_TEXT);
        assertThat(record(after.header("X-Audit-Id")).getInt("modelVersion")).isEqualTo(2);
        JsonPath v = as(TestUsers.CLINICIAN).get("/api/models/recurrence/versions").jsonPath();
        assertThat(v.getList("version", Integer.class)).containsExactly(0, 1, 2);
        assertThat(v.getString("[2].sha256")).isEqualTo(baselineSha);
    }

    @Test
    @Order(10)
    void shouldExportTheActiveSetWithItsApprovalRecord() throws IOException {
        byte[] zip = as(TestUsers.PUBLISHER).get("/api/committee/published/export").then().log().ifValidationFails().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("dmn/recurrence.dmn", "dmn/pathway.dmn", "approval.json");
        assertThat(files.get("dmn/recurrence.dmn")).isEqualTo(Files.readString(Path.of("..", "dmn", "recurrence.dmn")));
        assertThat(files.get("approval.json")).contains("\"version\" : 2").contains(TestUsers.COMMITTEE_3);
        as(TestUsers.CLINICIAN).get("/api/committee/published/export").then().statusCode(403);
    }

    @Test
    @Order(11)
    void shouldKeepTheActiveVersionUntilAScheduledVersionTakesEffect() throws IOException {
        String id = as(TestUsers.COMMITTEE).body(proposal("Later wording", recurrence(NEW_TEXT))).post("/api/committee/proposals")
                .jsonPath().getString("id");
        differing = as(TestUsers.COMMITTEE).get("/api/committee/proposals/" + id).jsonPath()
                .getList("evidence.differingVignettes", String.class);
        for (String user : List.of(TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3)) {
            as(user).body(approval()).post("/api/committee/proposals/" + id + "/reviews").then().statusCode(200);
        }
        String later = java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString();
        as(TestUsers.PUBLISHER).body(Map.of("effectiveFrom", later)).post("/api/committee/proposals/" + id + "/publish")
                .then().statusCode(200).body("version", org.hamcrest.Matchers.equalTo(3));
        Response now = assess();
        assertThat(now.asString()).contains(OLD_TEXT);
        assertThat(record(now.header("X-Audit-Id")).getInt("modelVersion")).isEqualTo(2);
        List<Object> versions = new ArrayList<>(as(TestUsers.CLINICIAN).get("/api/models/recurrence/versions").jsonPath()
                .getList("version"));
        assertThat(versions).containsExactly(0, 1, 2, 3);
    }
}
