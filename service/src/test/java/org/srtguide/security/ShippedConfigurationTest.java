package org.srtguide.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** What ships in src/main/resources/application.properties: no accounts, OIDC off unless asked for. */
class ShippedConfigurationTest {
    private static final Path SHIPPED = Path.of("src", "main", "resources", "application.properties");

    private static Properties shipped() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(SHIPPED)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void shouldShipNoUserAccountsOrRoleAssignments() throws IOException {
        assertThat(shipped().stringPropertyNames())
                .noneMatch(key -> key.contains("security.users.embedded.users.") || key.contains("security.users.embedded.roles."));
    }

    @Test
    void shouldDenyEveryEndpointThatDeclaresNoRoles() throws IOException {
        assertThat(shipped().getProperty("quarkus.security.jaxrs.deny-unannotated-endpoints")).isEqualTo("true");
    }

    @Test
    void shouldKeepOidcOffByDefaultAndOnInTheOidcProfile() throws IOException {
        Properties properties = shipped();
        assertThat(properties.getProperty("quarkus.oidc.tenant-enabled")).isEqualTo("false");
        assertThat(properties.getProperty("%oidc.quarkus.oidc.tenant-enabled")).isEqualTo("true");
        assertThat(properties.getProperty("%oidc.quarkus.oidc.roles.role-claim-path")).isNotBlank();
    }

    @Test
    void shouldLimitTheBodySizeAndRejectUnknownFields() throws IOException {
        Properties properties = shipped();
        assertThat(properties.getProperty("quarkus.http.limits.max-body-size")).isNotBlank();
        assertThat(properties.getProperty("quarkus.jackson.fail-on-unknown-properties")).isEqualTo("true");
    }

    @Test
    void shouldDrainInFlightRequestsOnShutdown() throws IOException {
        assertThat(shipped().getProperty("quarkus.shutdown.timeout")).isNotBlank();
    }
}
