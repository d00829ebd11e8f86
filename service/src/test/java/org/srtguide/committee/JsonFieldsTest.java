package org.srtguide.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonFieldsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void shouldCompareNumbersByValueInsideArraysOfObjects() throws Exception {
        assertThat(JsonFields.same(json("[{\"to\":60},{\"to\":null}]"), json("[{\"to\":null},{\"to\":60.0}]"))).isTrue();
        assertThat(JsonFields.same(json("[{\"to\":60}]"), json("[{\"to\":61}]"))).isFalse();
    }

    @Test
    void shouldTreatArraysAsMultisetsOfTheSameSize() throws Exception {
        assertThat(JsonFields.same(json("[\"A\",\"B\"]"), json("[\"B\",\"A\"]"))).isTrue();
        assertThat(JsonFields.same(json("[\"A\",\"A\"]"), json("[\"A\",\"B\"]"))).isFalse();
        assertThat(JsonFields.same(json("[\"A\"]"), json("[\"A\",\"B\"]"))).isFalse();
    }

    @Test
    void shouldMatchAnExpectedNullWithAnAbsentField() throws Exception {
        JsonNode response = json("{\"recommendation\":{\"timing\":null}}");
        assertThat(JsonFields.same(json("null"), JsonFields.at(response, "recommendation.timing"))).isTrue();
        assertThat(JsonFields.same(json("null"), JsonFields.at(response, "recommendation.missing"))).isTrue();
        assertThat(JsonFields.same(json("\"EARLY\""), JsonFields.at(response, "recommendation.timing"))).isFalse();
    }

    @Test
    void shouldFindIndexedPathsAndFlattenLeavesSkippingVolatileFields() throws Exception {
        JsonNode response = json("{\"auditId\":\"x\",\"tox\":[{\"term\":\"A\",\"actions\":[\"r\",\"s\"]}],\"empty\":[]}");
        assertThat(JsonFields.at(response, "tox[0].actions").size()).isEqualTo(2);
        assertThat(JsonFields.leaves(response, Set.of("auditId")).keySet())
                .containsExactly("tox[0].term", "tox[0].actions", "empty");
    }
}
