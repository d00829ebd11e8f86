package org.srtguide.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.kogito.dmn.DmnDecisionModel;

import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * With the engine's own type checks off, the service's check still fails an evaluation whose decision
 * returns a value outside its declared allowed values, or whose nested decision service is called with a
 * parameter outside its type; conforming evaluations carry no such message.
 */
class ConformanceListenerTest {
    private static DmnDecisionModel model;
    private final DmnEngine engine = new DmnEngine(JsonMapper.builder().build());

    @BeforeAll
    static void compile() throws IOException {
        try (InputStream in = ConformanceListenerTest.class.getResourceAsStream("/conformance/checks.dmn.xml")) {
            DMNRuntime runtime = DmnEngine.compile(List.of(new DmnEngine.Source("checks", new String(in.readAllBytes(),
                    StandardCharsets.UTF_8))));
            model = new DmnDecisionModel(runtime, "https://srtguide.org/dmn/test/checks", "checks");
        }
    }

    @Test
    void shouldAnswerWithoutTypeErrorsWhenEveryValueConforms() {
        DmnEngine.Result result = engine.evaluate(model, null, Map.of("level", new BigDecimal("2"), "checkedLevel", BigDecimal.ONE));

        assertThat(result.failures()).isEmpty();
        assertThat(result.outputs()).containsEntry("status", "A");
        assertThat(new BigDecimal(String.valueOf(result.outputs().get("viaService")))).isEqualByComparingTo("4");
    }

    @Test
    void shouldFailADecisionResultOutsideItsAllowedValues() {
        DmnEngine.Result result = engine.evaluate(model, null, Map.of("level", new BigDecimal("6"), "checkedLevel", BigDecimal.ONE));

        assertThat(result.failures()).anySatisfy(m -> {
            assertThat(m.severity()).isEqualTo("ERROR");
            assertThat(m.type()).isEqualTo(ConformanceListener.RESULT_TYPE);
            assertThat(m.sourceId()).isEqualTo("status");
            assertThat(m.text()).contains("decision 'status'").contains("tStatus").doesNotContain("\"C\"");
        });
    }

    @Test
    void shouldFailANestedDecisionServiceCalledWithAParameterOutsideItsType() {
        DmnEngine.Result result = engine.evaluate(model, null, Map.of("level", new BigDecimal("12"), "checkedLevel", BigDecimal.ONE));

        assertThat(result.failures()).filteredOn(m -> m.type().equals(ConformanceListener.PARAMETER_TYPE)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("parameter 'checkedLevel'").contains("doubleService").contains("tLevel"));
    }

    @Test
    void shouldReportTheCheckToModelTestsThroughEvaluateChecked() {
        DmnEngine.Checked checked = DmnEngine.evaluateChecked(model, null, Map.of("level", new BigDecimal("12"), "checkedLevel", BigDecimal.ONE));

        assertThat(checked.nonConforming()).extracting(DmnMessageRecord::type)
                .containsExactlyInAnyOrder(ConformanceListener.RESULT_TYPE, ConformanceListener.PARAMETER_TYPE);
        assertThat(checked.result().hasErrors()).as("the engine itself no longer checks").isFalse();
    }
}
