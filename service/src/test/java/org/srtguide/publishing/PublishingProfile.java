package org.srtguide.publishing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Publishing tests change the active model version: they run on an audit database of their own, so
 * the tests of the default profile keep answering on the repository baseline. Each flow that
 * publishes has its own profile (and database), so no flow sees another's versions.
 */
public class PublishingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.embedded.jdbc.url", "jdbc:h2:mem:" + database() + ";DB_CLOSE_DELAY=-1",
                "srt.publishing.poll-interval", "200ms"));
        config.putAll(settings());
        return config;
    }

    protected String database() {
        return "publishing";
    }

    /** Settings of the flow beyond its database. */
    protected Map<String, String> settings() {
        return Map.of();
    }

    /** Proposals with vignettes (ProposalVignettesTest). */
    public static class Vignettes extends PublishingProfile {
        @Override
        protected String database() {
            return "publishing_vignettes";
        }
    }

    /** Proposals that remove models (ProposalRemovalTest). */
    public static class Removal extends PublishingProfile {
        @Override
        protected String database() {
            return "publishing_removal";
        }
    }

    /** Fast-track rollback and separation of duties with the default settings (PublishingRollbackTest). */
    public static class Rollback extends PublishingProfile {
        @Override
        protected String database() {
            return "publishing_rollback";
        }
    }

    /** A committee that lets an author publish (PublishingAuthorPublishTest). */
    public static class AuthorPublish extends PublishingProfile {
        @Override
        protected String database() {
            return "publishing_author";
        }

        @Override
        protected Map<String, String> settings() {
            return Map.of("srt.publishing.allow-author-publish", "true");
        }
    }
}
