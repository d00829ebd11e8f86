package org.srtguide.publishing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Publishing tests change the active model version: they run on an audit database of their own, so
 * the tests of the default profile keep answering on the repository baseline.
 */
public class PublishingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.embedded.jdbc.url", "jdbc:h2:mem:publishing;DB_CLOSE_DELAY=-1",
                "srt.publishing.poll-interval", "200ms");
    }
}
