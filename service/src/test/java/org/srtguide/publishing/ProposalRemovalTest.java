package org.srtguide.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.srtguide.publishing.PublishingSteps.PROPOSALS;
import static org.srtguide.publishing.PublishingSteps.as;
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
 * A proposal that removes a model: refused when malformed, failing the validation gate with the
 * importer named while another model still imports it, and, for a model nobody uses (one an earlier
 * proposal added: pathway imports every repository model), published with its effective period ended.
 */
@QuarkusTest
@TestProfile(PublishingProfile.Removal.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProposalRemovalTest {
    /** A model nothing imports: one literal decision, no tables (so no rule policy applies). */
    static final String NOTE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="note" name="note"
                namespace="https://srtguide.org/dmn/note">
              <decision id="committeeNote" name="committee note">
                <variable id="committeeNoteVar" name="committee note" typeRef="string"/>
                <literalExpression id="committeeNoteText"><text>"Reviewed by the committee (test)."</text></literalExpression>
              </decision>
            </definitions>
            """;

    static String noteAddedFrom;

    static void refused(Map<String, Object> fields, String field) {
        as(TestUsers.COMMITTEE).body(proposal("Removal", fields)).post(PROPOSALS).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field));
    }

    @Test
    @Order(1)
    void shouldRefuseAMalformedRemovalNamingTheField() throws IOException {
        refused(Map.of("removeModels", List.of("nope")), "removeModels[0]");
        refused(Map.of("removeModels", List.of("pathway")), "removeModels[0]");
        refused(Map.of("removeModels", List.of("imaging", "imaging")), "removeModels[1]");
        refused(Map.of("models", List.of(Map.of("name", "recurrence", "xml", recurrence("x"))), "removeModels", List.of("recurrence")),
                "removeModels[0]");
        refused(Map.of("rollbackToVersion", 0, "removeModels", List.of("imaging")), "removeModels");
        refused(Map.of("removeModels", List.of()), "models");
    }

    @Test
    @Order(2)
    void shouldFailTheValidationGateNamingTheModelThatStillImportsTheRemovedOne() {
        JsonPath p = submit(TestUsers.COMMITTEE, proposal("Remove recurrence", Map.of("removeModels", List.of("recurrence"))));
        assertThat(p.getList("removeModels", String.class)).containsExactly("recurrence");
        assertThat(p.getList("evidence.removedModels", String.class)).containsExactly("recurrence");
        assertThat(p.getBoolean("evidence.validation.valid")).isFalse();
        assertThat(p.getString("evidence.validation.findings.find { it.type == 'REMOVED_MODEL_IMPORTED' }.model")).isEqualTo("pathway");
        assertThat(p.getString("evidence.diff.models.find { it.model == 'recurrence' }.status")).isEqualTo("REMOVED");
        assertThat(p.getList("missing.message", String.class))
                .contains("model 'pathway' imports 'recurrence', which this proposal removes");
        as(TestUsers.PUBLISHER).body(Map.of()).post(PROPOSALS + "/" + p.getString("id") + "/publish").then().statusCode(409)
                .body("violations.message", hasItem("model 'pathway' imports 'recurrence', which this proposal removes"));
    }

    @Test
    @Order(3)
    void shouldAddAModelThroughAProposal() {
        JsonPath p = submit(TestUsers.COMMITTEE, proposal("Add a note", Map.of("models", List.of(Map.of("name", "note", "xml", NOTE)))));
        assertThat(p.getList("missing.field", String.class)).containsExactly("approvals");
        PublishingSteps.approve(p.getString("id"), TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3);
        PublishingSteps.publish(p.getString("id"), TestUsers.PUBLISHER).then().log().ifValidationFails().statusCode(200)
                .body("version", equalTo(1));
        JsonPath v = as(TestUsers.CLINICIAN).get("/api/models/note/versions").then().statusCode(200).extract().jsonPath();
        assertThat(v.getList("version", Integer.class)).containsExactly(1);
        assertThat(v.getString("[0].effectiveTo")).isNull();
        noteAddedFrom = v.getString("[0].effectiveFrom");
    }

    @Test
    @Order(4)
    void shouldRemoveAModelNobodyImportsAndEndItsEffectivePeriod() throws IOException {
        JsonPath p = submit(TestUsers.COMMITTEE, proposal("Remove the note", Map.of("removeModels", List.of("note"))));
        assertThat(p.getBoolean("evidence.validation.valid")).isTrue();
        assertThat(p.getInt("evidence.testRun.failed")).isZero();
        assertThat(p.getList("evidence.models")).isEmpty();
        assertThat(p.getString("evidence.report")).contains("note (removed)");
        assertThat(p.getList("missing.field", String.class)).containsExactly("approvals");
        PublishingSteps.approve(p.getString("id"), TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3);
        JsonPath published = PublishingSteps.publish(p.getString("id"), TestUsers.PUBLISHER).then().log().ifValidationFails()
                .statusCode(200).extract().jsonPath();
        assertThat(published.getInt("version")).isEqualTo(2);
        assertThat(published.getList("models.name", String.class)).doesNotContain("note").contains("pathway", "recurrence");

        JsonPath v = as(TestUsers.CLINICIAN).get("/api/models/note/versions").then().statusCode(200).extract().jsonPath();
        assertThat(v.getList("version", Integer.class)).containsExactly(1);
        assertThat(v.getString("[0].effectiveFrom")).isEqualTo(noteAddedFrom);
        assertThat(v.getString("[0].effectiveTo")).as("as stored and answered").isEqualTo(published.getString("effectiveFrom"));
        assertThat(PublishingSteps.export()).doesNotContainKey("dmn/note.dmn").containsKey("dmn/recurrence.dmn");
        PublishingSteps.assess().then().statusCode(200);
    }
}
