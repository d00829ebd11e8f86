package org.srtguide.cds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.srtguide.Json;
import org.srtguide.TestUsers;
import org.srtguide.committee.VignetteLibrary;
import org.srtguide.committee.VignetteLibrary.Vignette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every committee vignette written as FHIR R4 (FhirVignettes) and sent as a CDS Hooks call gives the same
 * decision as the JSON API: the card's pathway is the JSON answer's, and the CDS call's audit record
 * holds the same output as the JSON call's answer (apart from audit id and case id).
 */
@QuarkusTest
@QuarkusTestResource(CdsTestServer.class)
class CdsVignetteTest {
    static final VignetteLibrary LIBRARY = VignetteLibrary.inDirectory(Path.of("..", "test-cases"));

    @Inject
    FhirContext fhir;

    @Test
    void shouldCoverAtLeastTenVignettes() {
        assertThat(LIBRARY.all()).hasSizeGreaterThanOrEqualTo(10);
    }

    /** Every second vignette is written with the standard codes (FhirVignettes), the others with the platform's. */
    @TestFactory
    Stream<DynamicTest> shouldGiveTheSameDecisionAsTheJsonApiForEveryVignette() {
        List<Vignette> all = LIBRARY.all();
        return IntStream.range(0, all.size()).mapToObj(i -> DynamicTest.dynamicTest(
                all.get(i).id() + (i % 2 == 1 ? " (standard codes)" : ""), all.get(i).location(), () -> compare(all.get(i), i % 2 == 1)));
    }

    private void compare(Vignette vignette, boolean standardCodes) {
        JsonNode request = vignette.request();
        Response json = given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(request.toString()).when().post("/api/assessments");
        assertThat(json.statusCode()).as(json.asString()).isEqualTo(200);
        JsonNode expected = Json.tree(json.asString());

        ObjectNode cds = FhirVignettes.cdsRequest(fhir, FhirVignettes.patientData("p-" + vignette.id(), request, standardCodes),
                request.get("asOf").asText());
        Response answer = given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD)
                .contentType("application/json").body(cds.toString()).when().post("/cds-services/salvage-radiotherapy");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        JsonNode cards = Json.tree(answer.asString()).get("cards");
        String pathway = expected.at("/recommendation/pathway").asText();
        assertThat(cards.get(0).at("/extension/org.srtguide.pathway").asText()).isEqualTo(pathway);
        assertThat(cards.findValues("org.srtguide.pathway")).allMatch(p -> p.asText().equals(pathway));
        // no vignette datum may be lost on the way through FHIR
        assertThat(cards.findValuesAsText("summary")).noneMatch(s -> s.startsWith("Not used"));

        JsonNode record = Json.tree(given().auth().preemptive().basic(TestUsers.AUDITOR, TestUsers.PASSWORD)
                .when().get("/api/audit/" + answer.header("X-Audit-Id")).asString());
        assertThat(record.get("endpoint").asText()).isEqualTo("POST /cds-services/salvage-radiotherapy");
        assertThat(withoutIds(record.get("output"))).isEqualTo(withoutIds(expected));
    }

    private static JsonNode withoutIds(JsonNode response) {
        ObjectNode copy = response.deepCopy();
        for (String field : List.of("auditId", "caseId")) {
            copy.remove(field);
        }
        return copy;
    }
}
