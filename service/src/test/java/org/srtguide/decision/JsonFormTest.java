package org.srtguide.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON form without the mapper's round trip must be exactly what the mapper's conversion gives. */
class JsonFormTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JsonForm jsonForm = new JsonForm(MAPPER);

    @Test
    void shouldGiveWhatTheMapperGivesForEveryKindOfEngineResult() throws Exception {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("zeta", new BigDecimal("0.050"));
        context.put("alpha", new BigDecimal("3"));
        context.put("exponent", new BigDecimal("1E+1"));
        context.put("date", LocalDate.of(2025, 1, 10));
        context.put("none", null);
        context.put("flag", true);
        context.put("text", "BIOCHEMICAL_RECURRENCE");
        context.put("period", Period.ofMonths(6));
        context.put("duration", Duration.ofHours(3));
        context.put("double", 0.1);
        context.put("integer", 7);
        context.put("list", Arrays.asList(Map.of("fromMonth", BigDecimal.ZERO), null, List.of("a", "b")));
        context.put("set", Set.of("only"));
        context.put("numberKeys", Map.of(1, "one"));
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("recurrence", context);
        outputs.put("empty", List.of());

        Object converted = jsonForm.of(outputs);

        assertThat(converted).isEqualTo(MAPPER.convertValue(outputs, LinkedHashMap.class));
        assertThat(MAPPER.writeValueAsString(converted)).isEqualTo(MAPPER.writeValueAsString(outputs));
        @SuppressWarnings("unchecked")
        Map<String, Object> recurrence = (Map<String, Object>) ((Map<String, Object>) converted).get("recurrence");
        assertThat(recurrence.keySet()).containsExactlyElementsOf(context.keySet());
        assertThat(recurrence.get("zeta")).isEqualTo(new BigDecimal("0.050"));
        assertThat(recurrence.get("date")).isEqualTo("2025-01-10");
    }
}
