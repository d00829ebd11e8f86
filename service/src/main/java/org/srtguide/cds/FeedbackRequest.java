package org.srtguide.cds;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** CDS Hooks 2.0 feedback: what the clinician did with each card. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedbackRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Feedback> feedback) {

    public enum Outcome {
        @JsonProperty("accepted") ACCEPTED,
        @JsonProperty("overridden") OVERRIDDEN
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feedback(@NotBlank @Size(max = 100) String card, @NotNull Outcome outcome,
            @Size(max = 20) List<JsonNode> acceptedSuggestions, @Valid OverrideReason overrideReason,
            @NotNull OffsetDateTime outcomeTimestamp) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OverrideReason(@Valid Coding reason, @Size(max = 2000) String userComment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coding(@Size(max = 200) String system, @Size(max = 100) String code, @Size(max = 200) String display) {
    }
}
