package org.srtguide.cds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.srtguide.AuditRows;
import org.srtguide.Json;
import org.srtguide.TestUsers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The CDS Hooks contract (docs/fhir.md): discovery, cards from prefetch, refusals one by one, feedback. */
@QuarkusTest
@QuarkusTestResource(CdsTestServer.class)
class CdsHooksTest {
    static final String SERVICE = "/cds-services/salvage-radiotherapy";
    /** Vignette 0001's case: confirmed biochemical recurrence after prostatectomy, not yet staged. */
    static final String CASE = """
            { "asOf": "2024-06-10", "primaryTreatment": "PROSTATECTOMY", "primaryTreatmentDate": "2022-01-10",
              "psa": [ {"date": "2022-02-28", "value": 0.01}, {"date": "2024-03-01", "value": 0.21}, {"date": "2024-06-03", "value": 0.27} ],
              "gradeGroup": 2, "seminalVesicleInvasion": false, "pathologicalNodes": "pN0", "imaging": [],
              "previousSalvageRadiotherapy": false, "toxicities": [ {"term": "DIARRHEA", "grade": 2, "phase": "ACUTE"} ] }""";

    @Inject
    FhirContext fhir;
    @Inject
    DataSource dataSource;

    static RequestSpecification clinician() {
        return given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).contentType("application/json");
    }

    FhirVignettes.PatientData patient(String id) {
        return FhirVignettes.patientData(id, Json.tree(CASE));
    }

    ObjectNode request(FhirVignettes.PatientData data) {
        return FhirVignettes.cdsRequest(fhir, data, "2024-06-10");
    }

    @Test
    void shouldDescribeTheServiceWithoutCredentials() {
        JsonNode discovery = Json.tree(given().when().get("/cds-services").then().statusCode(200).extract().asString());
        JsonNode service = discovery.at("/services/0");
        assertThat(service.get("id").asText()).isEqualTo("salvage-radiotherapy");
        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.get("prefetch").fieldNames()).toIterable()
                .containsExactly("patient", "psa", "procedures", "pathology", "imaging", "conditions", "adverseEvents");
        assertThat(service.at("/prefetch/psa").asText())
                .contains("http://loinc.org|2857-1", "http://loinc.org|35741-8", "http://loinc.org|83112-3");
        assertThat(service.at("/prefetch/procedures").asText()).contains("http://snomed.info/sct|26294005");
        assertThat(service.at("/prefetch/adverseEvents").asText())
                .startsWith("AdverseEvent?subject=Patient/{{context.patientId}}&event=").contains("https://www.meddra.org|10012727");
        assertThat(service.at("/prefetch/patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    }

    @Test
    void shouldAnswerCardsWithPathwayAuditIdAndRulesFromTheSameAuditedAssessment() {
        long before = new AuditRows(dataSource).count();
        Response response = clinician().body(request(patient("p-cards")).toString()).when().post(SERVICE);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        String auditId = response.header("X-Audit-Id");
        JsonNode cards = Json.tree(response.asString()).get("cards");
        JsonNode main = cards.get(0);
        assertThat(main.get("summary").asText()).hasSizeLessThanOrEqualTo(140).contains("stage with PSMA PET");
        assertThat(main.get("indicator").asText()).isEqualTo("warning"); // imaging work-up: an action is due
        assertThat(main.at("/source/label").asText()).isNotBlank();
        assertThat(main.at("/source/url").asText()).startsWith("https://");
        assertThat(main.get("detail").asText()).contains("Source:", "rec-status-");
        assertThat(main.at("/extension/org.srtguide.pathway").asText()).isEqualTo("IMAGING_WORKUP");
        for (JsonNode card : cards) {
            assertThat(card.at("/extension/org.srtguide.auditId").asText()).isEqualTo(auditId);
            assertThat(card.at("/extension/org.srtguide.ruleIds")).isNotEmpty();
            assertThat(card.get("uuid").asText()).startsWith(auditId + "-");
        }
        JsonNode toxicity = cards.get(1);
        assertThat(toxicity.get("summary").asText()).startsWith("Grade 2 diarrhea");
        assertThat(new AuditRows(dataSource).count()).isEqualTo(before + 1);
        assertThat(new AuditRows(dataSource).principal(auditId)).contains(TestUsers.CLINICIAN);
    }

    @Test
    void shouldShowDataItCouldNotUseOnACardAndDecideFromTheRest() {
        FhirVignettes.PatientData data = patient("p-unit");
        Observation unitless = new Observation();
        unitless.setId("psa-no-unit");
        unitless.setStatus(Observation.ObservationStatus.FINAL);
        unitless.setCode(((Observation) data.psa().get(1)).getCode());
        unitless.setEffective(((Observation) data.psa().get(1)).getEffective());
        unitless.setValue(new Quantity().setValue(new BigDecimal("0.25")));
        List<Resource> psa = new java.util.ArrayList<>(data.psa());
        psa.add(unitless);
        FhirVignettes.PatientData withUnitless = new FhirVignettes.PatientData(data.patientId(), data.patient(), psa,
                data.procedures(), data.pathology(), data.imaging(), data.conditions(), data.adverseEvents());
        Response response = clinician().body(request(withUnitless).toString()).when().post(SERVICE);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        JsonNode cards = Json.tree(response.asString()).get("cards");
        assertThat(cards.get(0).at("/extension/org.srtguide.pathway").asText()).isEqualTo("IMAGING_WORKUP");
        JsonNode note = cards.get(cards.size() - 1);
        assertThat(note.get("summary").asText()).isEqualTo("Not used: Observation/psa-no-unit");
        assertThat(note.get("detail").asText()).contains("no UCUM unit");
        assertThat(note.get("indicator").asText()).isEqualTo("warning");
    }

    @Test
    void shouldShowARadiotherapyAfterTheProstatectomyOnACardWithoutGuessingAdjuvantOrSalvage() {
        ObjectNode body = request(patient("p-rt-after-rp"));
        ObjectNode radiotherapy = ((ObjectNode) body.at("/prefetch/procedures/entry/0")).deepCopy();
        ObjectNode resource = (ObjectNode) radiotherapy.get("resource");
        resource.put("id", "rt-after-rp").put("performedDateTime", "2023-05-02");
        ((ObjectNode) resource.at("/code/coding/0")).put("code", "prostate-radiotherapy");
        ((ArrayNode) body.at("/prefetch/procedures/entry")).add(radiotherapy);
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        JsonNode cards = Json.tree(response.asString()).get("cards");
        assertThat(cards.get(0).at("/extension/org.srtguide.pathway").asText()).isEqualTo("IMAGING_WORKUP");
        JsonNode note = null;
        for (JsonNode card : cards) {
            note = card.get("summary").asText().equals("Not used: Procedure/rt-after-rp") ? card : note;
        }
        assertThat(note).as(cards.toString()).isNotNull();
        assertThat(note.get("detail").asText())
                .startsWith("Prostate radiotherapy of 2023-05-02 after the prostatectomy of 2022-01-10: not used.")
                .contains("adjuvant or salvage");
        assertThat(note.get("indicator").asText()).isEqualTo("warning");
    }

    @Test
    void shouldAnswer412WhenPrefetchIsMissingAndThereIsNoFhirServer() {
        ObjectNode body = request(patient("p-412"));
        ((ObjectNode) body.get("prefetch")).remove("psa");
        long before = new AuditRows(dataSource).count();
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("prefetch.psa");
        assertThat(new AuditRows(dataSource).count()).isEqualTo(before);
    }

    @Test
    void shouldNotFetchFromAFhirServerThatIsNotConfigured() {
        ObjectNode body = request(patient("p-ssrf"));
        ((ObjectNode) body.get("prefetch")).remove("psa");
        body.put("fhirServer", "http://169.254.169.254/latest");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("fhirServer");
    }

    @Test
    void shouldTreatANullPrefetchKeyAsNoDataNotAsMissing() {
        ObjectNode body = request(patient("p-null"));
        ((ObjectNode) body.get("prefetch")).putNull("conditions");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    }

    @Test
    void shouldRefuseMalformedFhirNamingTheResourceAndField() {
        ObjectNode body = request(patient("p-bad"));
        JsonNode observation = body.at("/prefetch/psa/entry/1/resource");
        ((ObjectNode) observation.get("valueQuantity")).put("value", "zero point two");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode violation = Json.tree(response.asString()).at("/violations/0");
        assertThat(violation.get("field").asText()).startsWith("prefetch.psa.entry[1].resource (Observation)").contains("value");
        assertThat(response.asString()).doesNotContain("zero point two");
    }

    @Test
    void shouldRefuseAnUnknownElementNamingIt() {
        ObjectNode body = request(patient("p-unknown"));
        ((ObjectNode) body.at("/prefetch/procedures/entry/0/resource")).put("performedWhen", "2022-01-10");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText())
                .isEqualTo("prefetch.procedures.entry[0].resource (Procedure).performedWhen");
    }

    @Test
    void shouldRefuseAnInvalidReferenceDate() {
        ObjectNode body = request(patient("p-asof"));
        ((ObjectNode) body.get("extension")).put("org.srtguide.asOf", "last tuesday");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("extension.org.srtguide.asOf");
    }

    @Test
    void shouldAnswer422WithoutAPrimaryTreatment() {
        ObjectNode body = request(patient("p-no-treatment"));
        ((ObjectNode) body.get("prefetch")).putNull("procedures");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("prefetch.procedures");
    }

    @Test
    void shouldRefuseAnotherHook() {
        ObjectNode body = request(patient("p-hook"));
        body.put("hook", "order-sign");
        Response response = clinician().body(body.toString()).when().post(SERVICE);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.tree(response.asString()).at("/violations/0/field").asText()).isEqualTo("hook");
    }
}
