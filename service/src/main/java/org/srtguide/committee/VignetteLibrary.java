package org.srtguide.committee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The committee vignettes (test-cases/*.json). Read from {@code srt.committee.test-cases-dir}
 * (default {@code ../test-cases}, the repository folder when run from service/) when that folder
 * exists; otherwise from the copy packaged into the service at build time (class-path folder
 * {@value #PACKAGED}), so the jar works from any directory.
 */
@ApplicationScoped
class VignetteLibrary {
    static final String PACKAGED = "test-cases";

    private final Path directory;
    private final ObjectMapper mapper;

    VignetteLibrary(@ConfigProperty(name = "srt.committee.test-cases-dir", defaultValue = "../test-cases") Path directory,
            ObjectMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    record Vignette(String id, String description, String source, JsonNode request, JsonNode expected) {
    }

    /** Where the vignettes were read from, for the report. */
    String origin() {
        return Files.isDirectory(directory) ? directory.toAbsolutePath().normalize().toString() : "classpath:" + PACKAGED;
    }

    List<Vignette> all() {
        List<Vignette> vignettes = Files.isDirectory(directory) ? fromDirectory(directory) : packaged();
        return vignettes.stream().sorted(Comparator.comparing(Vignette::id)).toList();
    }

    private List<Vignette> fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Vignette> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    out.add(read(in));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vignettes in " + dir, e);
        }
    }

    /** The packaged copy: a folder under target/classes in tests, a folder inside the service jar otherwise. */
    private List<Vignette> packaged() {
        try {
            Path location = Path.of(VignetteLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path dir = location.resolve(PACKAGED);
                return Files.isDirectory(dir) ? fromDirectory(dir) : List.of();
            }
            List<Vignette> out = new ArrayList<>();
            try (ZipFile jar = new ZipFile(location.toFile())) {
                Enumeration<? extends ZipEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(PACKAGED + "/") && entry.getName().endsWith(".json")) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            out.add(read(in));
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged vignettes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Vignette read(InputStream in) throws IOException {
        JsonNode node = mapper.readTree(in);
        return new Vignette(node.path("id").asText(), node.path("description").asText(null), node.path("source").asText(null),
                node.get("request"), node.get("expected"));
    }
}
