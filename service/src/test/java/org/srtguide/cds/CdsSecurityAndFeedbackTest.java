package org.srtguide.cds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.srtguide.AuditRows;
import org.srtguide.Json;
import org.srtguide.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * CDS client JWTs (trusted issuer's key, aud = the endpoint, exp, unique jti), the fhirServer fetch
 * against a real HAPI FHIR server, and feedback stored as an audited call linked to the card's record.
 */
@QuarkusTest
@QuarkusTestResource(CdsTestServer.class)
class CdsSecurityAndFeedbackTest {
    @Inject
    FhirContext fhir;
    @Inject
    DataSource dataSource;

    private String serviceUrl() {
        return RestAssured.baseURI + ":" + RestAssured.port + CdsHooksTest.SERVICE;
    }

    private String body(String patientId) {
        return FhirVignettes.cdsRequest(fhir, FhirVignettes.patientData(patientId, Json.tree(CdsHooksTest.CASE)), "2024-06-10").toString();
    }

    private Response call(String token, String body) {
        return given().header("Authorization", "Bearer " + token).contentType("application/json").body(body)
                .when().post(CdsHooksTest.SERVICE);
    }

    @Test
    void shouldAdmitASignedClientTokenAndRecordTheClient() {
        Response response = call(CdsTokens.token(serviceUrl()), body("p-jwt"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        assertThat(new AuditRows(dataSource).principal(response.header("X-Audit-Id"))).contains("cds-client:" + CdsTestServer.ISSUER);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        assertRefused(CdsTokens.token(CdsTestServer.ISSUER, serviceUrl(), UUID.randomUUID().toString(), 300, CdsTokens.otherKey()));
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        assertRefused(CdsTokens.token(CdsTestServer.ISSUER, "https://other.example/cds-services/x", UUID.randomUUID().toString(),
                300, CdsTokens.signingKey()));
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        assertRefused(CdsTokens.token(CdsTestServer.ISSUER, serviceUrl(), UUID.randomUUID().toString(), -600, CdsTokens.signingKey()));
    }

    @Test
    void shouldRefuseAnUntrustedIssuer() {
        assertRefused(CdsTokens.token("https://mallory.example", serviceUrl(), UUID.randomUUID().toString(), 300, CdsTokens.signingKey()));
    }

    @Test
    void shouldRefuseAReplayedToken() {
        String token = CdsTokens.token(serviceUrl());
        assertThat(call(token, body("p-replay")).statusCode()).isEqualTo(200);
        assertRefused(token);
    }

    @Test
    void shouldRefuseAMalformedToken() {
        assertRefused("not-a-jwt");
    }

    private void assertRefused(String token) {
        long before = new AuditRows(dataSource).count();
        Response response = call(token, body("p-refused"));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWithIgnoringCase("bearer");
        assertThat(new AuditRows(dataSource).count()).isEqualTo(before);
    }

    @Test
    void shouldFetchMissingPrefetchFromTheFhirServerWithTheGivenToken() {
        String fhirBase = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue(CdsTestServer.FHIR_BASE, String.class);
        FhirVignettes.PatientData data = FhirVignettes.patientData("p-server", Json.tree(CdsHooksTest.CASE));
        var client = fhir.newRestfulGenericClient(fhirBase);
        data.byKey().values().forEach(list -> list.forEach(r -> client.update().resource(r).execute()));

        String withPrefetch = body("p-server");
        JsonNode request = Json.tree(withPrefetch);
        ((com.fasterxml.jackson.databind.node.ObjectNode) request).remove("prefetch");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request).put("fhirServer", fhirBase)
                .putObject("fhirAuthorization").put("access_token", "ehr-access-token").put("token_type", "Bearer")
                .put("scope", "patient/*.read").put("subject", "srt-guide").put("expires_in", 300);
        Response fetched = CdsHooksTest.clinician().body(request.toString()).when().post(CdsHooksTest.SERVICE);
        assertThat(fetched.statusCode()).as(fetched.asString()).isEqualTo(200);
        Response sent = CdsHooksTest.clinician().body(withPrefetch).when().post(CdsHooksTest.SERVICE);

        JsonNode fetchedCards = Json.tree(fetched.asString()).get("cards");
        JsonNode sentCards = Json.tree(sent.asString()).get("cards");
        assertThat(fetchedCards.findValuesAsText("summary")).isEqualTo(sentCards.findValuesAsText("summary"));
        assertThat(fetchedCards.findValuesAsText("org.srtguide.pathway")).containsOnly("IMAGING_WORKUP");
        String lastAuthorization = given().when().get(fhirBase.replace("/fhir", "/last-authorization")).asString();
        assertThat(lastAuthorization).isEqualTo("Bearer ehr-access-token");
    }

    @Test
    void shouldStoreFeedbackAsAnAuditedCallLinkedToTheCardsRecord() {
        Response answer = CdsHooksTest.clinician().body(body("p-feedback")).when().post(CdsHooksTest.SERVICE);
        String auditId = answer.header("X-Audit-Id");
        String card = Json.tree(answer.asString()).at("/cards/0/uuid").asText();
        String feedback = """
                { "feedback": [ { "card": "%s", "outcome": "overridden", "outcomeTimestamp": "2024-06-10T10:00:00Z",
                  "overrideReason": { "reason": { "system": "https://example.org/reasons", "code": "patient-preference",
                  "display": "Patient preference" }, "userComment": "Prefers to wait" } } ] }""".formatted(card);
        Response stored = CdsHooksTest.clinician().body(feedback).when().post(CdsHooksTest.SERVICE + "/feedback");
        assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(200);
        assertThat(Json.tree(stored.asString()).get("linkedAuditIds").get(0).asText()).isEqualTo(auditId);

        JsonNode record = Json.tree(given().auth().preemptive().basic(TestUsers.AUDITOR, TestUsers.PASSWORD)
                .when().get("/api/audit/" + stored.header("X-Audit-Id")).asString());
        assertThat(record.get("endpoint").asText()).isEqualTo("POST /cds-services/salvage-radiotherapy/feedback");
        assertThat(record.at("/input/0/auditId").asText()).isEqualTo(auditId);
        assertThat(record.at("/input/0/outcome").asText()).isEqualTo("overridden");
        assertThat(record.at("/input/0/overrideReason/reason/code").asText()).isEqualTo("patient-preference");
    }

    @Test
    void shouldRefuseAnOverrideWithoutReason() {
        String feedback = """
                { "feedback": [ { "card": "%s-0", "outcome": "overridden", "outcomeTimestamp": "2024-06-10T10:00:00Z" } ] }"""
                .formatted(UUID.randomUUID());
        Response response = CdsHooksTest.clinician().body(feedback).when().post(CdsHooksTest.SERVICE + "/feedback");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("feedback[0].overrideReason");
    }

    @Test
    void shouldRefuseFeedbackOnACardThisServiceDidNotIssue() {
        String feedback = """
                { "feedback": [ { "card": "some-card", "outcome": "accepted", "outcomeTimestamp": "2024-06-10T10:00:00Z" } ] }""";
        Response response = CdsHooksTest.clinician().body(feedback).when().post(CdsHooksTest.SERVICE + "/feedback");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("feedback[0].card");
    }
}
