package org.srtguide.publishing;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.srtguide.TestRequests;
import org.srtguide.TestUsers;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The HTTP steps the publishing flows share: propose, approve (acknowledging every differing answer), publish. */
final class PublishingSteps {
    static final String OLD_TEXT = "confirmed by a second value of 0.2 ng/mL or more.";
    static final String PROPOSALS = "/api/committee/proposals";

    /** A submission validates and runs every vignette twice; the first one also warms the validator up. */
    private static final RestAssuredConfig SLOW = io.restassured.RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 300_000));

    private PublishingSteps() {
    }

    static RequestSpecification as(String user) {
        return given().config(SLOW).auth().preemptive().basic(user, TestUsers.PASSWORD).contentType("application/json");
    }

    /** The repository's recurrence model with its confirmation wording replaced. */
    static String recurrence(String wording) throws IOException {
        return Files.readString(Path.of("..", "dmn", "recurrence.dmn")).replace(OLD_TEXT, wording);
    }

    /** A proposal body: title, rationale and the given fields (models, removeModels, vignettes, rollbackToVersion). */
    static Map<String, Object> proposal(String title, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "rationale", "Committee decision (test)."));
        body.putAll(fields);
        return body;
    }

    static Map<String, Object> models(String xml) {
        return Map.of("models", List.of(Map.of("name", "recurrence", "xml", xml)));
    }

    /** Submits as the user; 201 expected. */
    static JsonPath submit(String user, Map<String, Object> body) {
        return as(user).body(body).post(PROPOSALS).then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    /** Each reviewer approves the latest revision, acknowledging every differing answer. */
    static void approve(String id, String... reviewers) {
        List<String> differing = as(TestUsers.COMMITTEE).get(PROPOSALS + "/" + id).jsonPath()
                .getList("evidence.differingVignettes", String.class);
        for (String reviewer : reviewers) {
            as(reviewer).body(Map.of("decision", "APPROVE", "comment", "agreed", "acknowledgedDifferences", differing))
                    .post(PROPOSALS + "/" + id + "/reviews").then().log().ifValidationFails().statusCode(200);
        }
    }

    static Response publish(String id, String publisher) {
        return as(publisher).body(Map.of()).post(PROPOSALS + "/" + id + "/publish");
    }

    static Response assess() {
        return as(TestUsers.CLINICIAN).body(TestRequests.ASSESSMENT).post("/api/assessments");
    }

    /** The export zip as file name → text. */
    static Map<String, String> export() throws IOException {
        byte[] zip = as(TestUsers.PUBLISHER).get("/api/committee/published/export").then().statusCode(200).extract().asByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
