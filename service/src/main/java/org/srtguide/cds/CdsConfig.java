package org.srtguide.cds;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code srt.cds.*}: the CDS Hooks service (docs/fhir.md). */
@ConfigMapping(prefix = "srt.cds")
public interface CdsConfig {

    /** Where the platform documents the rules behind a card (the card's {@code source.url}). */
    @WithDefault("https://srtguide.org/docs/clinical-content.md")
    String rulesUrl();

    /**
     * Base URLs of the FHIR servers the service may fetch missing prefetch from ({@code fhirServer} must
     * start with one). None by default: an open list would let any caller make the service request any
     * URL (server-side request forgery).
     */
    Optional<List<String>> fhirServers();

    /** Where the FHIR mapping is documented (linked from data cards). */
    @WithDefault("https://srtguide.org/docs/fhir.md")
    String mappingUrl();
}
