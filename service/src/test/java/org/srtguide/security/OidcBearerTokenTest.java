package org.srtguide.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.srtguide.AuditRows;
import org.srtguide.TestRequests;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The shipped "oidc" profile against signed bearer tokens: the profile itself is active (with the
 * test profile), only the provider is replaced by a static public key, so no discovery and no
 * server. Roles come from realm_access/roles, the audience must be the client id, and the issuer is
 * the one discovery would supply in production.
 */
@QuarkusTest
@TestProfile(OidcBearerTokenTest.OidcTenant.class)
class OidcBearerTokenTest {
    static final String ISSUER = "https://idp.test/realms/srt";
    static final String CLIENT_ID = "srt-guide";
    /** Test-only: the signing half of the key pair whose public half the tenant verifies with. */
    static final String SIGNING_KEY = "srt.test.oidc.signing-key";

    public static class OidcTenant implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test,oidc";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // A fresh pair per start: nothing secret is committed, and both halves leave together.
            KeyPair pair = rsaKeyPair();
            Base64.Encoder base64 = Base64.getEncoder();
            return Map.of(
                    "quarkus.oidc.public-key", base64.encodeToString(pair.getPublic().getEncoded()),
                    "quarkus.oidc.client-id", CLIENT_ID,
                    // In production the discovery document supplies the issuer to check.
                    "quarkus.oidc.token.issuer", ISSUER,
                    SIGNING_KEY, base64.encodeToString(pair.getPrivate().getEncoded()));
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void shouldAdmitAClinicianTokenAndRecordItsPreferredUsername() {
        Response response = assess(bearer(sign(token("clinician"))));

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        String auditId = response.header("X-Audit-Id");
        assertThat(auditId).isNotBlank();
        assertThat(new AuditRows(dataSource).principal(auditId)).contains("clara.oidc");
    }

    @Test
    void shouldAdmitAnAuditorTokenToTheAuditTrailButNotToEvaluations() {
        String token = sign(token("auditor"));

        assertThat(assess(bearer(token)).statusCode()).isEqualTo(403);
        assertThat(bearer(token).when().get("/api/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseARequestWithoutAToken() {
        assertThat(assess(given()).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        String expired = sign(token("clinician").issuedAt(anHourAgo.minusSeconds(300)).expiresAt(anHourAgo));

        assertUnauthorized(assess(bearer(expired)));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        String forged = token("clinician").sign(rsaKeyPair().getPrivate());

        assertUnauthorized(assess(bearer(forged)));
    }

    @Test
    void shouldRefuseATokenFromAnotherIssuer() {
        assertUnauthorized(assess(bearer(sign(token("clinician").issuer("https://idp.test/realms/other")))));
    }

    @Test
    void shouldRefuseATokenIssuedToAnotherClient() {
        assertUnauthorized(assess(bearer(sign(token("clinician").audience("another-client")))));
    }

    @Test
    void shouldGrantNoRoleFromAClaimOtherThanTheConfiguredOne() {
        JwtClaimsBuilder groupsOnly = Jwt.issuer(ISSUER).audience(CLIENT_ID).subject(UUID.randomUUID().toString())
                .preferredUserName("clara.oidc").groups("clinician").claim("roles", List.of("clinician"));

        assertThat(assess(bearer(sign(groupsOnly))).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRecordNoEvaluationForARefusedToken() {
        AuditRows rows = new AuditRows(dataSource);
        long before = rows.count();

        assess(bearer(sign(token("clinician").audience("another-client"))));
        assess(bearer(sign(token("auditor"))));

        assertThat(rows.count()).isEqualTo(before);
    }

    /** A valid token as Keycloak issues it: realm roles under realm_access, a user name and an opaque subject. */
    private static JwtClaimsBuilder token(String role) {
        return Jwt.issuer(ISSUER).audience(CLIENT_ID).subject(UUID.randomUUID().toString())
                .preferredUserName("clara.oidc").claim("azp", CLIENT_ID)
                .claim("realm_access", Map.of("roles", List.of(role)));
    }

    /** Read when signing, not injected: an injection point would be required in every test application of the module. */
    private static String sign(JwtClaimsBuilder claims) {
        return claims.sign(privateKey(ConfigProvider.getConfig().getValue(SIGNING_KEY, String.class)));
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().oauth2(token);
    }

    private static Response assess(RequestSpecification request) {
        return request.contentType("application/json").body(TestRequests.ASSESSMENT).when().post("/api/assessments");
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).as("challenge").startsWithIgnoringCase("bearer");
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String pkcs8Base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }
}
