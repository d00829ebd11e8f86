package org.srtguide.cds;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CDS Hooks 2.0 service request. Fields this service does not use are ignored, as CDS clients may
 * send more than the spec's minimum. {@code prefetch}: a key present with {@code null} means the client
 * has no such data; an absent key is fetched from {@code fhirServer} (or 412 without one).
 * {@code extension."org.srtguide.asOf"} pins the reference date (docs/fhir.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CdsRequest(
        @NotBlank @Pattern(regexp = "patient-view", message = "must be patient-view, the hook this service answers") String hook,
        @NotBlank @Size(max = 100) String hookInstance,
        @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String fhirServer,
        @Valid FhirAuthorization fhirAuthorization,
        @NotNull @Valid Context context,
        Map<String, JsonNode> prefetch,
        Map<String, JsonNode> extension) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Context(@NotBlank @Size(max = 200) String patientId, String userId, String encounterId) {
    }

    /** OAuth 2.0 access to the client's FHIR server (CDS Hooks 2.0 "fhirAuthorization"). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FhirAuthorization(@NotBlank @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType, String scope, String subject) {
    }
}
