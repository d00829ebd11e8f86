package org.srtguide.vignettes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A committee vignette from test-cases/: a request and the fields the committee expects. */
record Vignette(Path file, String id, String description, String source, JsonNode request, JsonNode expected) {
    static final Path DIR = Path.of("..", "test-cases");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Vignette> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(Vignette::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vignette read(Path file) {
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            return new Vignette(file, text(node, "id"), text(node, "description"), text(node, "source"),
                    node.get("request"), node.get("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable vignette " + file, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
