package org.srtguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;

/**
 * No configuration mapping carries Bean Validation constraints: one such annotation makes Quarkus build
 * a second Hibernate Validator factory at static init, before anything else starts (bench/RESULTS.md,
 * session 10). Limits are checked at start-up in code instead (e.g. CommitteeConfigCheck).
 */
class ConfigMappingsTest {
    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void shouldFindTheMappings() throws Exception {
        assertThat(mappings()).as("@ConfigMapping interfaces under " + CLASSES).hasSizeGreaterThan(3);
    }

    @Test
    void shouldCarryNoBeanValidationConstraint() throws Exception {
        List<String> constrained = new ArrayList<>();
        for (Class<?> mapping : mappings()) {
            collect(mapping, constrained);
        }
        assertThat(constrained).as("Bean Validation annotations on configuration mappings").isEmpty();
    }

    /** The mapping and its nested groups (return types that are interfaces of the same module). */
    private static void collect(Class<?> type, List<String> constrained) {
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                if (annotation.annotationType().getName().startsWith("jakarta.validation")) {
                    constrained.add(type.getName() + "." + method.getName() + " @" + annotation.annotationType().getSimpleName());
                }
            }
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getName().startsWith("org.srtguide")) {
                collect(returned, constrained);
            }
        }
    }

    private static List<Class<?>> mappings() throws IOException, ClassNotFoundException {
        List<Class<?>> mappings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (!name.startsWith("org.srtguide")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, ConfigMappingsTest.class.getClassLoader());
                if (type.isInterface() && type.isAnnotationPresent(ConfigMapping.class)) {
                    mappings.add(type);
                }
            }
        }
        return mappings;
    }
}
