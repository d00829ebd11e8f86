package org.srtguide.cds;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** CDS client JWTs for the tests, signed with the key whose public half CdsTestServer publishes. */
final class CdsTokens {
    private CdsTokens() {
    }

    static String token(String audience) {
        return token(CdsTestServer.ISSUER, audience, UUID.randomUUID().toString(), 300, signingKey());
    }

    static String token(String issuer, String audience, String jti, long expiresInSeconds, PrivateKey key) {
        return Jwt.issuer(issuer).audience(audience).claim("jti", jti).issuedAt(now())
                .expiresAt(now() + expiresInSeconds).jws().keyId("test-client").algorithm(SignatureAlgorithm.RS384).sign(key);
    }

    static PrivateKey signingKey() {
        try {
            byte[] der = Base64.getDecoder().decode(ConfigProvider.getConfig().getValue(CdsTestServer.SIGNING_KEY, String.class));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
