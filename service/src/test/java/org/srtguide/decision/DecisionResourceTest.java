package org.srtguide.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DecisionResourceTest {

    @Test
    void shouldListEveryDeployedModelWithItsHash() {
        given().auth().preemptive().basic(TestUsers.COMMITTEE, TestUsers.PASSWORD).when().get("/api/decisions")
                .then().statusCode(200)
                .body("name", hasItems("pathway", "recurrence", "imaging", "metastasis", "candidacy", "follow-up", "toxicity"))
                .body("find { it.name == 'toxicity' }.sha256", notNullValue())
                .body("find { it.name == 'toxicity' }.decisionServices", equalTo(java.util.List.of("toxicityService")));
    }

    @Test
    void shouldEvaluateOneModelWithRationaleAndAuditId() {
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body("""
                        { "toxicities": [ { "term": "PROCTITIS", "grade": 2, "phase": "LATE" } ], "primaryTreatment": "PROSTATECTOMY" }
                        """)
                .when().post("/api/decisions/toxicity")
                .then().statusCode(200)
                .header("X-Audit-Id", notNullValue())
                .body("model", equalTo("toxicity"))
                .body("outputs.toxicityManagement[0].term", equalTo("PROCTITIS"))
                .body("rationale.model", hasItem("toxicity"));
    }

    @Test
    void shouldNameAnInputOutsideItsAllowedValues() {
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body("""
                        { "earlierFindings": [], "imagingFindings": ["BONE"], "imagingDone": true, "pathologicalNodes": "pN7" }
                        """)
                .when().post("/api/decisions/metastasis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("pathologicalNodes"));
    }

    @Test
    void shouldNameAMissingInput() {
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body("{ \"earlierFindings\": [], \"imagingFindings\": [\"BONE\"], \"imagingDone\": true }")
                .when().post("/api/decisions/metastasis")
                .then().statusCode(400).body("violations.field", hasItem("pathologicalNodes"));
    }

    @Test
    void shouldAnswer404ForAnUnknownModel() {
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json")
                .body("{}").when().post("/api/decisions/no-such-model")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
