package org.srtguide.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.LaunchMode;

/** The start-up check of a production PostgreSQL audit store (the packaged service: PostgresqlFailFastIT). */
class PostgresqlSettingsTest {
    private static final Map<String, String> COMPLETE = Map.of(
            "quarkus.datasource.postgresql.jdbc.url", "jdbc:postgresql://db:5432/srtguide",
            "quarkus.datasource.postgresql.username", "srt",
            "quarkus.datasource.postgresql.password", "secret");

    private static Function<String, Optional<String>> settings(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }

    @Test
    void shouldNameEveryMissingSettingAndItsEnvironmentVariableInProduction() {
        assertThatThrownBy(() -> PostgresqlSettings.check(LaunchMode.NORMAL, "postgresql", settings(Map.of(
                "quarkus.datasource.postgresql.username", "srt", "quarkus.datasource.postgresql.password", " "))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("quarkus.datasource.postgresql.jdbc.url (QUARKUS_DATASOURCE_POSTGRESQL_JDBC_URL)")
                .hasMessageContaining("quarkus.datasource.postgresql.password (QUARKUS_DATASOURCE_POSTGRESQL_PASSWORD)")
                .message().doesNotContain("username");
    }

    @Test
    void shouldStartInProductionWhenAllAreGiven() {
        assertThatCode(() -> PostgresqlSettings.check(LaunchMode.NORMAL, "postgresql", settings(COMPLETE))).doesNotThrowAnyException();
    }

    @Test
    void shouldLeaveTheEmbeddedStoreAndDevAndTestAlone() {
        assertThatCode(() -> PostgresqlSettings.check(LaunchMode.NORMAL, "embedded", settings(Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> PostgresqlSettings.check(LaunchMode.DEVELOPMENT, "postgresql", settings(Map.of()))).doesNotThrowAnyException();
        assertThatCode(() -> PostgresqlSettings.check(LaunchMode.TEST, "postgresql", settings(Map.of()))).doesNotThrowAnyException();
    }
}
