package org.srtguide.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.srtguide.publishing.PublishingSteps.PROPOSALS;
import static org.srtguide.publishing.PublishingSteps.as;
import static org.srtguide.publishing.PublishingSteps.models;
import static org.srtguide.publishing.PublishingSteps.proposal;
import static org.srtguide.publishing.PublishingSteps.recurrence;
import static org.srtguide.publishing.PublishingSteps.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.srtguide.Json;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A proposal's changed and added vignettes: checked like the build's lint, used by its test run and
 * its "every vignette passing" gate, shown in the frozen evidence, editable by a revision, published
 * with the version (the next proposals are tested with them) and exported under test-cases/.
 */
@QuarkusTest
@TestProfile(PublishingProfile.Vignettes.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposalVignettesTest {
    static final String CHANGED_ID = "0001-bcr-confirmed-post-prostatectomy";
    static final String ADDED_ID = "0900-committee-added-confirmed-recurrence";
    static final String WORDING = "confirmed by a second value of 0.2 ng/mL or more (vignette test).";

    static String proposalId;
    static int libraryTotal;

    static ObjectNode fromRepository(String id) throws IOException {
        return (ObjectNode) Json.tree(Files.readString(Path.of("..", "test-cases", id + ".json")));
    }

    static ObjectNode changed() throws IOException {
        return fromRepository(CHANGED_ID).put("description", "Confirmed recurrence, reworded by the committee (test).");
    }

    static ObjectNode added(String expectedStatus) throws IOException {
        ObjectNode v = fromRepository(CHANGED_ID).put("id", ADDED_ID).put("description", "A case the committee adds (test).");
        ((ObjectNode) v.get("request")).put("caseId", ADDED_ID);
        v.putObject("expected").put("recurrence.status", expectedStatus);
        return v;
    }

    static Map<String, Object> withVignettes(String xml, Object... vignettes) {
        Map<String, Object> fields = new HashMap<>(models(xml));
        fields.put("vignettes", List.of(vignettes));
        return proposal("Wording with vignettes", fields);
    }

    static void refused(Map<String, Object> body, String field) {
        as(TestUsers.COMMITTEE).body(body).post(PROPOSALS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", org.hamcrest.Matchers.hasItem(field));
    }

    @Test
    @Order(1)
    void shouldRefuseAVignetteTheBuildWouldRefuseNamingItsField() throws IOException {
        String xml = recurrence(WORDING);
        refused(withVignettes(xml, changed().put("id", "Bad Id")), "vignettes[0].id");
        refused(withVignettes(xml, changed().remove(List.of("id"))), "vignettes[0].id");
        refused(withVignettes(xml, changed().put("description", " ")), "vignettes[0].description");
        refused(withVignettes(xml, changed().remove(List.of("source"))), "vignettes[0].source");
        refused(withVignettes(xml, changed().put("request", "not an object")), "vignettes[0].request");
        ObjectNode noExpectation = changed();
        noExpectation.putObject("expected");
        refused(withVignettes(xml, noExpectation), "vignettes[0].expected");
        refused(withVignettes(xml, changed(), changed()), "vignettes[1].id");
        refused(withVignettes(xml, "a string"), "vignettes[0]");
        refused(withVignettes(xml, Collections.nCopies(51, changed()).toArray()), "vignettes");
        refused(proposal("Rollback with vignettes", Map.of("rollbackToVersion", 0, "vignettes", List.of(changed()))),
                "vignettes");
    }

    @Test
    @Order(2)
    void shouldTestWithTheProposalsVignettesAndFailTheGateOnAFailingOne() throws IOException {
        JsonPath p = submit(TestUsers.COMMITTEE, withVignettes(recurrence(WORDING), changed(), added("NOT_A_STATUS")));
        proposalId = p.getString("id");
        assertThat(p.getList("evidence.vignetteChanges.id", String.class)).containsExactlyInAnyOrder(CHANGED_ID, ADDED_ID);
        assertThat(p.getString("evidence.vignetteChanges.find { it.id == '" + ADDED_ID + "' }.status")).isEqualTo("ADDED");
        assertThat(p.getString("evidence.vignetteChanges.find { it.id == '" + CHANGED_ID + "' }.status")).isEqualTo("CHANGED");
        assertThat(p.getInt("evidence.testRun.failed")).isEqualTo(1);
        assertThat(p.getBoolean("evidence.testRun.cases.find { it.id == '" + ADDED_ID + "' }.passed")).isFalse();
        assertThat(p.getString("evidence.testRun.cases.find { it.id == '" + CHANGED_ID + "' }.description"))
                .contains("reworded by the committee");
        assertThat(p.getString("evidence.testRun.vignettes")).contains(ADDED_ID);
        assertThat(p.getString("missing.find { it.field == 'test run' }.message")).contains(ADDED_ID);
        assertThat(p.getString("evidence.report")).contains("Vignettes changed by the proposal").contains(ADDED_ID);
        libraryTotal = p.getInt("evidence.testRun.total") - 1;
    }

    @Test
    @Order(3)
    void shouldLetARevisionChangeTheVignettes() throws IOException {
        JsonPath p = as(TestUsers.COMMITTEE).body(withVignettes(recurrence(WORDING), changed(), added("BIOCHEMICAL_RECURRENCE")))
                .put(PROPOSALS + "/" + proposalId).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        assertThat(p.getInt("revision")).isEqualTo(2);
        assertThat(p.getInt("evidence.testRun.failed")).isZero();
        assertThat(p.getInt("evidence.testRun.total")).isEqualTo(libraryTotal + 1);
        assertThat(p.getList("missing.field", String.class)).containsExactly("approvals");
        assertThat(p.getList("vignettes.id", String.class)).containsExactly(CHANGED_ID, ADDED_ID);
        Object listed = as(TestUsers.PUBLISHER).get(PROPOSALS).jsonPath().get("find { it.id == '" + proposalId + "' }.vignettes");
        assertThat(listed).as("lists leave the vignettes out").isNull();
    }

    @Test
    @Order(4)
    void shouldPublishTheVignettesWithTheVersionAndExportThem() throws IOException {
        PublishingSteps.approve(proposalId, TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3);
        PublishingSteps.publish(proposalId, TestUsers.PUBLISHER).then().log().ifValidationFails().statusCode(200)
                .body("version", equalTo(1));
        Map<String, String> files = PublishingSteps.export();
        assertThat(files).containsKeys("dmn/recurrence.dmn", "approval.json", "test-cases/" + ADDED_ID + ".json",
                "test-cases/" + CHANGED_ID + ".json");
        assertThat(files.keySet().stream().filter(f -> f.startsWith("test-cases/"))).hasSize(2);
        assertThat(Json.tree(files.get("test-cases/" + ADDED_ID + ".json"))).isEqualTo(added("BIOCHEMICAL_RECURRENCE"));
        assertThat(Json.tree(files.get("test-cases/" + CHANGED_ID + ".json"))).isEqualTo(changed());
        assertThat(files.get("test-cases/" + CHANGED_ID + ".json")).startsWith("{\n  \"id\": \"" + CHANGED_ID + "\",");
    }

    @Test
    @Order(5)
    void shouldTestTheNextProposalWithThePublishedVignettes() throws IOException {
        JsonPath p = submit(TestUsers.COMMITTEE, proposal("Wording again", models(recurrence(WORDING + " Again."))));
        assertThat(p.getInt("evidence.basedOnVersion")).isEqualTo(1);
        assertThat(p.getList("evidence.vignetteChanges")).isEmpty();
        assertThat(p.getInt("evidence.testRun.total")).isEqualTo(libraryTotal + 1);
        assertThat(p.getString("evidence.testRun.cases.find { it.id == '" + CHANGED_ID + "' }.description"))
                .contains("reworded by the committee");
        JsonNode run = Json.tree(as(TestUsers.COMMITTEE).body(models(recurrence(WORDING))).post("/api/committee/test-runs")
                .then().statusCode(200).extract().asString());
        assertThat(run.get("total").asInt()).as("the workbench tests with the active version's vignettes").isEqualTo(libraryTotal + 1);
    }
}
