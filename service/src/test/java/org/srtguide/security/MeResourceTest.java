package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/me names the caller and exactly the roles it holds; without credentials it is a 401. */
@QuarkusTest
class MeResourceTest {
    @Test
    void shouldNameTheCallerAndItsRoles() {
        given().auth().preemptive().basic(TestUsers.PUBLISHER, TestUsers.PASSWORD).when().get("/api/me")
                .then().statusCode(200).body("name", equalTo(TestUsers.PUBLISHER)).body("roles", contains("publisher"));
        given().auth().preemptive().basic(TestUsers.COMMITTEE, TestUsers.PASSWORD).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("committee"));
        given().auth().preemptive().basic(TestUsers.ADMIN, TestUsers.PASSWORD).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("admin"));
    }

    @Test
    void shouldAskForCredentials() {
        given().when().get("/api/me").then().statusCode(401);
    }
}
