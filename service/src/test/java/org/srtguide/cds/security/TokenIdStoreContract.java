package org.srtguide.cds.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.srtguide.api.UnavailableException;
import org.srtguide.audit.AuditDatabase;

/** The shared jti store on a database migrated by the production migrations (H2 or PostgreSQL, by subclass). */
abstract class TokenIdStoreContract {
    private static final String EHR = "https://ehr.example.org";
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T01:00:00Z"));
    private AuditDatabase db;

    abstract AuditDatabase open();

    @BeforeEach
    void setUp() {
        db = open();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private TokenIdStore replica() {
        return new TokenIdStore(db.dataSource(), clock);
    }

    private long inFiveMinutes() {
        return clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond();
    }

    private int rows() {
        return Integer.parseInt(db.queryString("SELECT COUNT(*) FROM cds_token_id"));
    }

    @Test
    void shouldAcceptTheFirstUseAndRefuseTheSecond() {
        TokenIdStore store = replica();
        assertThat(store.firstUse(EHR, "a1", inFiveMinutes())).isTrue();
        assertThat(store.firstUse(EHR, "a1", inFiveMinutes())).isFalse();
        assertThat(store.firstUse(EHR, "a2", inFiveMinutes())).isTrue();
    }

    @Test
    void shouldAcceptTheSameJtiFromAnotherIssuer() {
        TokenIdStore store = replica();
        assertThat(store.firstUse(EHR, "same", inFiveMinutes())).isTrue();
        assertThat(store.firstUse("https://other-ehr.example.org", "same", inFiveMinutes())).isTrue();
    }

    @Test
    void shouldRefuseOnOneReplicaATokenUsedOnAnother() {
        TokenIdStore first = replica();
        TokenIdStore second = replica();
        assertThat(first.firstUse(EHR, "captured", inFiveMinutes())).isTrue();
        assertThat(second.firstUse(EHR, "captured", inFiveMinutes())).isFalse();
        assertThat(first.firstUse(EHR, "captured", inFiveMinutes())).isFalse();
    }

    @Test
    void shouldStoreALongJtiByItsHash() {
        TokenIdStore store = replica();
        String longJti = "j".repeat(5_000);
        assertThat(store.firstUse(EHR, longJti, inFiveMinutes())).isTrue();
        assertThat(store.firstUse(EHR, longJti, inFiveMinutes())).isFalse();
        assertThat(store.firstUse(EHR, longJti + "k", inFiveMinutes())).isTrue();
        assertThat(db.queryString("SELECT MAX(LENGTH(jti_sha256)) FROM cds_token_id")).isEqualTo("64");
    }

    @Test
    void shouldDeleteRowsOnlyWhenExpiredLongerThanTheGrace() {
        TokenIdStore store = replica();
        long exp = inFiveMinutes();
        store.firstUse(EHR, "old", exp);
        clock.advance(Duration.ofMinutes(5).plus(TokenIdStore.KEPT_AFTER_EXPIRY).minusSeconds(1));
        assertThat(store.firstUse(EHR, "old", exp)).as("kept within the grace after expiry").isFalse();

        clock.advance(TokenIdStore.PURGE_INTERVAL);
        assertThat(store.firstUse(EHR, "new", inFiveMinutes())).isTrue();
        assertThat(rows()).as("the expired row deleted").isEqualTo(1);
    }

    @Test
    void shouldPurgeAtMostOncePerInterval() {
        TokenIdStore store = replica();
        long longExpired = clock.instant().minus(TokenIdStore.KEPT_AFTER_EXPIRY.multipliedBy(2)).getEpochSecond();
        store.firstUse(EHR, "a", longExpired); // the purge ran before this insert
        clock.advance(TokenIdStore.PURGE_INTERVAL.minusSeconds(1));
        store.firstUse(EHR, "b", inFiveMinutes());
        assertThat(rows()).as("no purge within the interval").isEqualTo(2);

        clock.advance(Duration.ofSeconds(2));
        store.firstUse(EHR, "c", inFiveMinutes());
        assertThat(rows()).as("'a' purged once the interval passed").isEqualTo(2);
        assertThat(store.firstUse(EHR, "a", inFiveMinutes())).isTrue();
    }

    @Test
    void shouldThrowUnavailableWhenTheDatabaseCannotBeReached() {
        JdbcDataSource missing = new JdbcDataSource();
        missing.setURL("jdbc:h2:mem:no_such_database;IFEXISTS=TRUE");
        TokenIdStore store = new TokenIdStore(missing, clock);
        assertThatThrownBy(() -> store.firstUse(EHR, "any", inFiveMinutes())).isInstanceOf(UnavailableException.class);
    }

    /** Test time: rows' expiry is compared with this clock, not the database's. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
