package org.srtguide.cds;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CDS Hooks card. {@code uuid} is {@code <auditId>-<n>}, so feedback on a card names its audit record.
 * Every card carries the pathway, audit id and rule ids in {@code extension}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Card(String uuid, String summary, String detail, String indicator, Source source, Extension extension) {

    public record Source(String label, String url) {
    }

    public record Extension(@JsonProperty("org.srtguide.pathway") String pathway,
            @JsonProperty("org.srtguide.auditId") String auditId,
            @JsonProperty("org.srtguide.ruleIds") List<String> ruleIds) {
    }

    /** The response body: {@code {"cards": [...]}}. */
    public record Cards(List<Card> cards) {
    }
}
