package org.srtguide.committee;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CommitteeResourceTest {

    private static RequestSpecification committee() {
        return given().auth().preemptive().basic(TestUsers.COMMITTEE, TestUsers.PASSWORD);
    }

    private static Map<String, Object> candidates(String... nameAndXml) {
        List<Map<String, String>> models = new java.util.ArrayList<>();
        for (int i = 0; i < nameAndXml.length; i += 2) {
            models.add(Map.of("name", nameAndXml[i], "xml", nameAndXml[i + 1]));
        }
        return Map.of("models", models);
    }

    private static JsonPath post(String path, Object body) {
        return committee().contentType("application/json").body(body).when().post("/api/committee/" + path)
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** metastasis with rule met-status-001 (no imaging yet → NOT_ASSESSED) deleted: its inputs now match no rule. */
    static String metastasisWithGap() throws Exception {
        String xml = DmnNormaliserTest.deployed("metastasis");
        int start = xml.indexOf("<rule id=\"met-status-001\">");
        int end = xml.indexOf("</rule>", start) + "</rule>".length();
        return xml.substring(0, start) + xml.substring(end);
    }

    @Test
    void shouldListEveryDeployedModelWithTablesRulesAndSources() {
        JsonPath models = committee().when().get("/api/committee/models").then().statusCode(200).extract().jsonPath();
        assertThat(models.getList("name")).containsExactlyInAnyOrder("pathway", "recurrence", "imaging", "metastasis",
                "candidacy", "follow-up", "toxicity");
        Map<String, Object> metastasis = models.getMap("find { it.name == 'metastasis' }");
        assertThat((String) metastasis.get("sha256")).hasSize(64);
        assertThat((Integer) metastasis.get("ruleCount")).isPositive();
        assertThat(models.getList("find { it.name == 'metastasis' }.decisionTables.tableId")).contains("dt_metastasisStatus");
        assertThat(models.getList("find { it.name == 'metastasis' }.decisions")).contains("distantFindingCodes");
        assertThat(models.getList("find { it.name == 'metastasis' }.sources", String.class))
                .anyMatch(s -> s.contains("[CONFIRMED"));
    }

    @Test
    void shouldServeTheDeployedXmlOfAModel() throws Exception {
        String xml = committee().when().get("/api/committee/models/metastasis").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString();
        assertThat(xml).isEqualTo(DmnNormaliserTest.deployed("metastasis"));
        committee().when().get("/api/committee/models/nope").then().statusCode(404);
    }

    @Test
    void shouldRefuseCallersWithoutTheCommitteeOrAdminRole() {
        given().when().get("/api/committee/models").then().statusCode(401);
        given().auth().preemptive().basic(TestUsers.CLINICIAN, TestUsers.PASSWORD).when().get("/api/committee/models")
                .then().statusCode(403);
        given().auth().preemptive().basic(TestUsers.AUDITOR, TestUsers.PASSWORD).contentType("application/json")
                .body(Map.of("models", List.of())).when().post("/api/committee/validate").then().statusCode(403);
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.PASSWORD).when().get("/api/committee/models")
                .then().statusCode(200);
    }

    @Test
    void shouldValidateTheDeployedModelsSubmittedAsDmn16WithoutErrorsOrUnwaivedGaps() throws Exception {
        JsonPath report = post("validate", candidates("metastasis", DmnNormaliserTest.asDmn16(DmnNormaliserTest.deployed("metastasis"))));
        assertThat(report.getBoolean("valid")).isTrue();
        assertThat(report.getInt("unwaivedGaps")).isZero();
        assertThat(report.getList("models.findAll { it.submitted }.name")).containsExactly("metastasis");
        assertThat(report.getString("models.find { it.name == 'metastasis' }.submittedVersion")).isEqualTo("1.6");
        assertThat(report.getBoolean("models.find { it.name == 'metastasis' }.changed")).isFalse();
    }

    @Test
    void shouldReportAGapWithItsTableAndAPlainLanguageExplanation() throws Exception {
        JsonPath report = post("validate", candidates("metastasis", metastasisWithGap()));
        assertThat(report.getInt("unwaivedGaps")).isPositive();
        Map<String, Object> gap = report.getMap("findings.find { it.type == 'DECISION_TABLE_GAP' && it.submitted }");
        assertThat(gap).containsEntry("model", "metastasis").containsEntry("tableId", "dt_metastasisStatus")
                .containsEntry("decision", "metastasisStatus").containsEntry("waived", false).containsEntry("category", "analysis");
        assertThat((String) gap.get("explanation")).contains("match no rule");
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldReportAnOverlapUnderUniqueHitPolicyWithBothRuleIds() throws Exception {
        String xml = DmnNormaliserTest.deployed("metastasis");
        int start = xml.indexOf("<rule id=\"met-status-002\">");
        int end = xml.indexOf("</rule>", start) + "</rule>".length();
        String copy = xml.substring(start, end).replace("met-status-002", "met-status-099")
                .replace("&quot;DISTANT&quot;", "&quot;EQUIVOCAL&quot;");
        JsonPath report = post("validate", candidates("metastasis", xml.substring(0, end) + copy + xml.substring(end)));
        assertThat(report.getBoolean("valid")).isFalse();
        Map<String, Object> overlap = report.getMap("findings.find { it.type.startsWith('DECISION_TABLE_OVERLAP') }");
        assertThat(overlap).containsEntry("severity", "ERROR").containsEntry("tableId", "dt_metastasisStatus");
        assertThat((List<Object>) overlap.get("ruleIds")).contains("met-status-002", "met-status-099");
    }

    @Test
    void shouldRefuseSubmissionsThatAreNotReviewableModels() throws Exception {
        String metastasis = DmnNormaliserTest.deployed("metastasis");
        committee().contentType("application/json").body(Map.of("models", List.of())).when().post("/api/committee/validate")
                .then().statusCode(400).body("violations[0].field", equalTo("models"));
        committee().contentType("application/json").body(candidates("metastasis", "<html/>")).when()
                .post("/api/committee/validate").then().statusCode(400)
                .body("violations[0].field", equalTo("models[0].xml"), "violations[0].message", containsString("not a DMN model"));
        committee().contentType("application/json").body(candidates("imaging", metastasis)).when()
                .post("/api/committee/test-runs").then().statusCode(400)
                .body("violations[0].field", equalTo("models[0].name"));
        committee().contentType("application/json")
                .body(candidates("metastasis", metastasis.replace("https://srtguide.org/dmn/metastasis", "urn:other")))
                .when().post("/api/committee/diff").then().statusCode(400)
                .body("violations[0].message", containsString("must have namespace"));
        committee().contentType("application/json").body(candidates("metastasis", metastasis, "metastasis", metastasis))
                .when().post("/api/committee/validate").then().statusCode(400)
                .body("violations[0].message", containsString("twice"));
    }

    @Test
    void shouldAnswer422WhenTheCandidateDoesNotCompile() throws Exception {
        String broken = DmnNormaliserTest.deployed("metastasis").replace("<text>0.2</text>", "<text>0.2</text>")
                .replace("if imagingFindings = null then false else list contains(imagingFindings, &quot;PELVIC_NODES&quot;)",
                        "if imagingFindings = null then false else noSuchFunction(");
        committee().contentType("application/json").body(candidates("metastasis", broken)).when()
                .post("/api/committee/test-runs").then().statusCode(422).body("violations", org.hamcrest.Matchers.not(hasSize(0)));
    }

    @Test
    void shouldPassEveryVignetteExactlyAsDeployedWhenTheCandidateIsTheDeployedModelInDmn16() throws Exception {
        JsonPath run = post("test-runs", candidates("recurrence", DmnNormaliserTest.asDmn16(DmnNormaliserTest.deployed("recurrence"))));
        assertThat(run.getInt("total")).isGreaterThanOrEqualTo(40);
        assertThat(run.getInt("failed")).as(run.prettify()).isZero();
        assertThat(run.getInt("differingFromDeployed")).isZero();
    }

    @Test
    void shouldShowFieldLevelDifferencesWhenAThresholdChanges() throws Exception {
        String raised = DmnNormaliserTest.deployed("recurrence").replace(
                "<literalExpression id=\"bcrThresholdPostProstatectomy_expr\"><text>0.2</text>",
                "<literalExpression id=\"bcrThresholdPostProstatectomy_expr\"><text>0.5</text>");
        JsonPath run = post("test-runs", candidates("recurrence", raised));
        assertThat(run.getInt("failed")).isPositive();
        assertThat(run.getInt("differingFromDeployed")).isPositive();
        List<Map<String, Object>> differences = run.getList("cases.find { it.id.startsWith('0001') }.differencesFromDeployed");
        assertThat(differences).anySatisfy(d -> {
            assertThat(d).containsEntry("field", "recurrence.status").containsEntry("deployed", "BIOCHEMICAL_RECURRENCE");
        });
        assertThat(run.getList("cases.find { it.id.startsWith('0001') }.expectationMismatches.field")).contains("recurrence.status");
    }

    @Test
    void shouldDiffChangedParametersCellsAndAnnotationsRuleByRule() throws Exception {
        String xml = DmnNormaliserTest.deployed("recurrence").replace(
                "<literalExpression id=\"bcrThresholdPostProstatectomy_expr\"><text>0.2</text>",
                "<literalExpression id=\"bcrThresholdPostProstatectomy_expr\"><text>0.5</text>");
        String metastasis = metastasisWithGap().replace("&quot;DISTANT&quot;</text>", "&quot;EQUIVOCAL&quot;</text>")
                .replace("[CONFIRMED]; EMPIRE-1 eligibility", "[RECALLED]; EMPIRE-1 eligibility");
        JsonPath diff = post("diff", candidates("recurrence", xml, "metastasis", metastasis));
        assertThat(diff.getList("models.model")).containsExactly("recurrence", "metastasis");
        assertThat(diff.getMap("models[0].parameters[0]")).containsEntry("decision", "bcrThresholdPostProstatectomy")
                .containsEntry("before", "0.2").containsEntry("after", "0.5");
        Map<String, Object> table = diff.getMap("models[1].tables.find { it.tableId == 'dt_metastasisStatus' }");
        assertThat(table).containsEntry("change", "CHANGED");
        assertThat(diff.getList("models[1].tables.find { it.tableId == 'dt_metastasisStatus' }.removed.ruleId"))
                .containsExactly("met-status-001");
        List<Map<String, Object>> cells = diff.getList(
                "models[1].tables.find { it.tableId == 'dt_metastasisStatus' }.changed.find { it.ruleId == 'met-status-002' }.cells");
        assertThat(cells).anySatisfy(c -> assertThat(c).containsEntry("kind", "output").containsEntry("column", "metastasisStatus")
                .containsEntry("before", "\"DISTANT\"").containsEntry("after", "\"EQUIVOCAL\""));
        assertThat(cells).anySatisfy(c -> assertThat(c).containsEntry("kind", "annotation").containsEntry("column", "source"));
        assertThat(cells).anySatisfy(c -> assertThat(c).containsEntry("kind", "position").containsEntry("before", "2")
                .containsEntry("after", "1"));
    }

    @Test
    void shouldReportNoChangeForTheDeployedModelRoundTrippedThroughDmn16() throws Exception {
        JsonPath diff = post("diff", candidates("toxicity", DmnNormaliserTest.asDmn16(DmnNormaliserTest.deployed("toxicity"))));
        assertThat(diff.getString("models[0].status")).isEqualTo("UNCHANGED");
    }

    @Test
    void shouldReturnTheNormalisedDmn15ModelForDownload() throws Exception {
        String deployed = DmnNormaliserTest.deployed("imaging");
        JsonPath out = post("normalise", candidates("imaging", DmnNormaliserTest.asDmn16(deployed)));
        assertThat(out.getString("models[0].xml")).isEqualTo(deployed);
        assertThat(out.getString("models[0].submittedVersion")).isEqualTo("1.6");
    }

    @Test
    void shouldWriteAReviewReportInMarkdownAndHtml() throws Exception {
        Map<String, Object> body = candidates("metastasis", metastasisWithGap());
        String markdown = committee().contentType("application/json").body(body).when()
                .post("/api/committee/report?format=markdown").then().statusCode(200)
                .contentType(containsString("text/markdown")).extract().asString();
        assertThat(markdown).contains("# Committee review: metastasis", "## Changes against the deployed models",
                "met-status-001", "DECISION\\_TABLE\\_GAP", "## Committee vignettes", "FAIL");
        String html = committee().contentType("application/json").body(body).when().post("/api/committee/report")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Validation and decision-table analysis</h2>", "met-status-001");
        // Kept for a reader to look at (the templates' layout is not asserted beyond the above).
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/review-report.md"), markdown);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/review-report.html"), html);
        committee().contentType("application/json").body(body).when().post("/api/committee/report?format=pdf")
                .then().statusCode(400).body("violations.field", hasItem("format"));
    }
}
