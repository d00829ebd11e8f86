package org.srtguide.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.DMNType;
import org.kie.dmn.api.core.ast.ItemDefNode;

/**
 * The service's type check gives the engine's answer ({@code DMNType.isAssignableValue}) for every type of
 * every committee model and a spread of right and wrong values: enumerated strings (every allowed value of
 * every model), numbers at and beyond bounds, dates, booleans, null, lists, and structures with a field
 * missing or of the wrong kind. Memoised answers are asked twice, so a cached answer is checked too.
 */
class ConformanceTest {
    private static final Path DMN_DIR = Path.of("..", "dmn");

    @Test
    void shouldAnswerAsTheEngineForEveryTypeOfEveryModel() throws IOException {
        DMNRuntime runtime = DmnEngine.compile(sources());
        Set<DMNType> types = types(runtime);
        List<Object> scalars = scalars(types);
        int compared = 0;
        int validStructures = 0;
        List<String> differences = new ArrayList<>();
        for (DMNType type : types) {
            if (!type.getFields().isEmpty() && type.isAssignableValue(structure(type, scalars, 0))) {
                validStructures++;
            }
            for (Object value : values(type, scalars)) {
                for (int round = 0; round < 2; round++) {
                    boolean engine = type.isAssignableValue(value);
                    if (Conformance.conforms(type, value) != engine) {
                        differences.add(type.getName() + " <- " + value + ": engine " + engine);
                    }
                    compared++;
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(10_000);
        assertThat(validStructures).as("structures the engine accepts, so that a missing field is what makes one wrong")
                .isGreaterThan(5);
    }

    private static List<DmnEngine.Source> sources() throws IOException {
        try (Stream<Path> files = Files.list(DMN_DIR)) {
            List<DmnEngine.Source> sources = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
                sources.add(new DmnEngine.Source(file.getFileName().toString().replace(".dmn", ""), Files.readString(file)));
            }
            return sources;
        }
    }

    /** Item definitions, their components, input types and decision result types, each compiled object once. */
    private static Set<DMNType> types(DMNRuntime runtime) {
        Set<DMNType> types = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (DMNModel model : runtime.getModels()) {
            model.getItemDefinitions().stream().map(ItemDefNode::getType).forEach(t -> addWithFields(t, types));
            model.getInputs().forEach(i -> addWithFields(i.getType(), types));
            model.getDecisions().forEach(d -> addWithFields(d.getResultType(), types));
        }
        return types;
    }

    private static void addWithFields(DMNType type, Set<DMNType> types) {
        if (type != null && types.add(type)) {
            type.getFields().values().forEach(f -> addWithFields(f, types));
            addWithFields(type.getBaseType(), types);
        }
    }

    /** Every string the models allow, plus values of every kind near the models' bounds. */
    private static List<Object> scalars(Set<DMNType> types) {
        Set<Object> values = new LinkedHashSet<>();
        for (DMNType type : types) {
            for (Object test : type.getAllowedValues()) {
                for (String part : String.valueOf(test).split(",")) {
                    String text = part.trim();
                    if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
                        values.add(text.substring(1, text.length() - 1));
                    }
                }
            }
        }
        values.addAll(List.of("", "UNKNOWN", "pn0", true, false, LocalDate.of(2024, 5, 1)));
        for (String number : List.of("-1", "0", "0.05", "0.2", "1", "4", "5", "6", "12", "50.5", "100", "1000")) {
            values.add(new BigDecimal(number));
        }
        values.add(3); // an Integer, as a caller's map may carry one
        return new ArrayList<>(values);
    }

    private static List<Object> values(DMNType type, List<Object> scalars) {
        List<Object> values = new ArrayList<>(scalars);
        values.add(null);
        values.add(List.of());
        values.add(List.of(scalars.get(0)));
        values.add(List.of(scalars.get(0), scalars.get(1)));
        values.add(new ArrayList<>(scalars.subList(0, Math.min(5, scalars.size()))));
        if (!type.getFields().isEmpty()) {
            Map<String, Object> valid = structure(type, scalars, 0);
            values.add(valid);
            values.add(List.of(valid));
            for (String field : type.getFields().keySet()) {
                Map<String, Object> missing = new LinkedHashMap<>(valid);
                missing.remove(field);
                values.add(missing);
                for (Object wrong : List.of("UNKNOWN", new BigDecimal("-1"), true)) {
                    Map<String, Object> changed = new LinkedHashMap<>(valid);
                    changed.put(field, wrong);
                    values.add(changed);
                }
            }
        }
        return values;
    }

    /** A structure whose every field takes the first scalar its type accepts (null when none does). */
    private static Map<String, Object> structure(DMNType type, List<Object> scalars, int depth) {
        Map<String, Object> value = new LinkedHashMap<>();
        type.getFields().forEach((name, field) -> {
            Object chosen = null;
            if (!field.getFields().isEmpty() && depth < 3) {
                chosen = field.isCollection() ? List.of(structure(field, scalars, depth + 1)) : structure(field, scalars, depth + 1);
            } else {
                for (Object candidate : scalars) {
                    if (field.isAssignableValue(candidate)) {
                        chosen = field.isCollection() ? List.of(candidate) : candidate;
                        break;
                    }
                }
            }
            value.put(name, chosen);
        });
        return value;
    }
}
