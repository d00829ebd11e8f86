package org.srtguide.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.srtguide.publishing.PublishingSteps.OLD_TEXT;
import static org.srtguide.publishing.PublishingSteps.PROPOSALS;
import static org.srtguide.publishing.PublishingSteps.as;
import static org.srtguide.publishing.PublishingSteps.models;
import static org.srtguide.publishing.PublishingSteps.proposal;
import static org.srtguide.publishing.PublishingSteps.recurrence;
import static org.srtguide.publishing.PublishingSteps.submit;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Separation of duties and the fast-track rollback, with the default settings: a normal proposal
 * needs two approvals and a publisher who did not author it; a rollback (`rollbackToVersion`) is
 * built from the archived models and passes the same gates with one approval, never the author's.
 */
@QuarkusTest
@TestProfile(PublishingProfile.Rollback.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishingRollbackTest {
    static final String WORDING = "confirmed by a second value of 0.2 ng/mL or more (rollback test).";

    static String proposalId;
    static String rollbackId;

    @Test
    @Order(1)
    void shouldNeedTwoApprovalsForANormalProposal() throws IOException {
        JsonPath p = submit(TestUsers.ADMIN, proposal("Wording", models(recurrence(WORDING))));
        proposalId = p.getString("id");
        assertThat(p.getInt("quorum")).isEqualTo(2);
        PublishingSteps.approve(proposalId, TestUsers.COMMITTEE_2);
        as(TestUsers.PUBLISHER).get(PROPOSALS + "/" + proposalId).then().body("status", equalTo("SUBMITTED"));
        PublishingSteps.publish(proposalId, TestUsers.PUBLISHER).then().statusCode(409)
                .body("type", endsWith("/not-publishable")).body("violations.message", hasItem(org.hamcrest.Matchers
                        .startsWith("1 of 2")));
        PublishingSteps.approve(proposalId, TestUsers.COMMITTEE_3);
        as(TestUsers.PUBLISHER).get(PROPOSALS + "/" + proposalId).then().body("status", equalTo("APPROVED"));
    }

    @Test
    @Order(2)
    void shouldRefuseThePublisherWhoAuthoredTheProposal() {
        PublishingSteps.publish(proposalId, TestUsers.ADMIN).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/own-proposal")).body("detail", org.hamcrest.Matchers.containsString(TestUsers.ADMIN));
        PublishingSteps.publish(proposalId, TestUsers.PUBLISHER).then().log().ifValidationFails().statusCode(200)
                .body("version", equalTo(1));
        assertThat(PublishingSteps.assess().asString()).contains(WORDING);
    }

    @Test
    @Order(3)
    void shouldRefuseAMalformedRollback() throws IOException {
        as(TestUsers.COMMITTEE).body(proposal("Back", Map.of("rollbackToVersion", 9))).post(PROPOSALS).then().statusCode(400)
                .body("violations[0].field", equalTo("rollbackToVersion"));
        as(TestUsers.COMMITTEE).body(proposal("Back", Map.of("rollbackToVersion", 1))).post(PROPOSALS).then().statusCode(400)
                .body("violations[0].field", equalTo("rollbackToVersion"))
                .body("violations[0].message", org.hamcrest.Matchers.containsString("same models"));
        Map<String, Object> both = new java.util.HashMap<>(models(recurrence(WORDING)));
        both.put("rollbackToVersion", 0);
        as(TestUsers.COMMITTEE).body(proposal("Back", both)).post(PROPOSALS).then().statusCode(400)
                .body("violations.field", hasItem("models"));
    }

    @Test
    @Order(4)
    void shouldPublishARollbackWithOneApprovalThroughTheSameGates() {
        JsonPath p = submit(TestUsers.COMMITTEE, proposal("Back to the repository wording", Map.of("rollbackToVersion", 0)));
        rollbackId = p.getString("id");
        assertThat(p.getInt("quorum")).isEqualTo(1);
        assertThat(p.getInt("rollbackToVersion")).isZero();
        assertThat(p.getList("evidence.models.name", String.class)).containsExactly("recurrence");
        assertThat(p.getBoolean("evidence.validation.valid")).isTrue();
        assertThat(p.getInt("evidence.testRun.failed")).isZero();
        List<String> differing = p.getList("evidence.differingVignettes", String.class);
        assertThat(differing).isNotEmpty();
        assertThat(p.getList("missing.message", String.class)).containsExactly("0 of 1 (committee members other than the authors,"
                + " on revision 1)");
        PublishingSteps.publish(rollbackId, TestUsers.PUBLISHER).then().statusCode(409).body("type", endsWith("/not-publishable"));
        as(TestUsers.COMMITTEE).body(Map.of("decision", "APPROVE", "comment", "mine", "acknowledgedDifferences", differing))
                .post(PROPOSALS + "/" + rollbackId + "/reviews").then().statusCode(409).body("type", endsWith("/own-approval"));
        as(TestUsers.COMMITTEE_2).body(Map.of("decision", "APPROVE", "comment", "no acknowledgement"))
                .post(PROPOSALS + "/" + rollbackId + "/reviews").then().statusCode(400)
                .body("violations[0].field", equalTo("acknowledgedDifferences"));

        PublishingSteps.approve(rollbackId, TestUsers.COMMITTEE_2);
        as(TestUsers.PUBLISHER).get(PROPOSALS + "/" + rollbackId).then().body("status", equalTo("APPROVED"))
                .body("missing", org.hamcrest.Matchers.empty());
        PublishingSteps.publish(rollbackId, TestUsers.COMMITTEE_2).then().statusCode(403);
        PublishingSteps.publish(rollbackId, TestUsers.PUBLISHER).then().log().ifValidationFails().statusCode(200)
                .body("version", equalTo(2));
        assertThat(PublishingSteps.assess().asString()).contains(OLD_TEXT).doesNotContain(WORDING);
    }
}
