package org.srtguide.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.BrowserScript;
import org.srtguide.TestUsers;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Governed publishing on the committee page in a real browser (e2e/publishing.e2e.mjs): edit → propose →
 * two approvals → publish → an assessment answered and recorded by the new version → rollback through the
 * version history. Screenshots: target/publishing-e2e/ (docs/images/ holds copies).
 */
@QuarkusTest
@TestProfile(CommitteePublishingBrowserTest.OwnDatabase.class)
class CommitteePublishingBrowserTest {
    static final Path OUT = Path.of("target", "publishing-e2e").toAbsolutePath();

    /** The flow publishes versions: on a database of its own, the default profile's tests keep the baseline. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.embedded.jdbc.url", "jdbc:h2:mem:publishing-page;DB_CLOSE_DELAY=-1",
                    "srt.publishing.poll-interval", "200ms");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void shouldProposeReviewPublishAndRollBackAChangeThroughThePage() throws Exception {
        String output = BrowserScript.run("e2e/publishing.e2e.mjs", base, OUT, Map.of("AUTHOR", TestUsers.COMMITTEE,
                "REVIEWER_1", TestUsers.COMMITTEE_2, "REVIEWER_2", TestUsers.COMMITTEE_3, "PUBLISHER", TestUsers.PUBLISHER,
                "CLINICIAN", TestUsers.CLINICIAN, "AUDITOR", TestUsers.AUDITOR, "PASSWORD", TestUsers.PASSWORD));
        assertThat(output).contains("1 passed, 0 failed");
        for (String shot : new String[] { "proposal-summary.png", "proposal-evidence.png", "proposal-review.png",
                "proposal-published.png", "version-history.png" }) {
            assertThat(Files.size(OUT.resolve(shot))).as(shot).isPositive();
        }
    }
}
