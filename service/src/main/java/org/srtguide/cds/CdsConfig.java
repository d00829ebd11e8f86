package org.srtguide.cds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code srt.cds.*}: the CDS Hooks service (docs/fhir.md). */
@ConfigMapping(prefix = "srt.cds")
public interface CdsConfig {

    /** Where the platform documents the rules behind a card (the card's {@code source.url}). */
    @WithDefault("https://srtguide.org/docs/clinical-content.md")
    String rulesUrl();

    /** Where the FHIR mapping is documented (linked from data cards). */
    @WithDefault("https://srtguide.org/docs/fhir.md")
    String mappingUrl();
}
