package org.srtguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** service/jvm.options is the single source of the JVM flags: the Kubernetes ConfigMap must pass the same ones. */
class JvmOptionsTest {
    private static final Path JVM_OPTIONS = Path.of("jvm.options");
    private static final Path MANIFEST = Path.of("src", "main", "kubernetes", "kubernetes.yml");
    private static final Pattern JAVA_OPTS = Pattern.compile("^\\s*JAVA_OPTS_APPEND:\\s*\"([^\"]*)\"\\s*$", Pattern.MULTILINE);

    static List<String> jvmOptions() throws IOException {
        return Files.readAllLines(JVM_OPTIONS).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    @Test
    void shouldPassTheFlagsOfJvmOptionsInTheKubernetesManifest() throws IOException {
        Matcher matcher = JAVA_OPTS.matcher(Files.readString(MANIFEST));
        assertThat(matcher.find()).as("JAVA_OPTS_APPEND in " + MANIFEST).isTrue();
        List<String> manifest = Arrays.asList(matcher.group(1).strip().split("\\s+"));
        assertThat(matcher.find()).as("a second JAVA_OPTS_APPEND in " + MANIFEST).isFalse();
        assertThat(manifest).as("JAVA_OPTS_APPEND in " + MANIFEST + " against " + JVM_OPTIONS)
                .containsExactlyElementsOf(jvmOptions());
    }

    @Test
    void shouldHoldOneFlagPerLine() throws IOException {
        // the manifest is compared flag by flag, and a java @file line with two flags would compare as one
        assertThat(jvmOptions()).allMatch(flag -> flag.startsWith("-") && !flag.contains(" "));
    }
}
