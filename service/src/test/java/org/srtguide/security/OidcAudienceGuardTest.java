package org.srtguide.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OidcAudienceGuardTest {

    @Test
    void shouldRefuseToStartWithTokensEnabledAndNoAudience() {
        assertThatThrownBy(() -> OidcAudienceGuard.check(true, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("QUARKUS_OIDC_CLIENT_ID");
        assertThatThrownBy(() -> OidcAudienceGuard.check(true, Optional.of(List.of(" "))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldStartWithTokensEnabledAndAnAudience() {
        assertThatCode(() -> OidcAudienceGuard.check(true, Optional.of(List.of("srt-guide")))).doesNotThrowAnyException();
    }

    @Test
    void shouldStartWithTokensDisabledWhateverTheAudience() {
        assertThatCode(() -> OidcAudienceGuard.check(false, Optional.empty())).doesNotThrowAnyException();
    }
}
