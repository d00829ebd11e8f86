package org.srtguide.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.srtguide.publishing.PublishingSteps.models;
import static org.srtguide.publishing.PublishingSteps.proposal;
import static org.srtguide.publishing.PublishingSteps.recurrence;
import static org.srtguide.publishing.PublishingSteps.submit;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.srtguide.TestUsers;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code srt.publishing.allow-author-publish=true} an author may publish their own approved
 * proposal; and while a version is scheduled for later, no other version can be published.
 */
@QuarkusTest
@TestProfile(PublishingProfile.AuthorPublish.class)
class PublishingAuthorPublishTest {

    @Test
    void shouldLetTheAuthorPublishWhenAllowedAndKeepOneScheduledVersionAtATime() throws IOException {
        String later = Instant.now().plus(Duration.ofDays(1)).toString();
        String own = submit(TestUsers.ADMIN, proposal("Own wording", models(recurrence("confirmed (author test)."))))
                .getString("id");
        PublishingSteps.approve(own, TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3);
        PublishingSteps.as(TestUsers.ADMIN).body(Map.of("effectiveFrom", later))
                .post(PublishingSteps.PROPOSALS + "/" + own + "/publish").then().log().ifValidationFails().statusCode(200)
                .body("version", equalTo(1));

        String next = submit(TestUsers.COMMITTEE, proposal("Next wording", models(recurrence("confirmed (next test)."))))
                .getString("id");
        PublishingSteps.approve(next, TestUsers.COMMITTEE_2, TestUsers.COMMITTEE_3);
        PublishingSteps.publish(next, TestUsers.PUBLISHER).then().statusCode(409).body("type", endsWith("/version-pending"));
        assertThat(PublishingSteps.assess().asString()).contains(PublishingSteps.OLD_TEXT);
    }
}
