package org.srtguide.committee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.srtguide.api.UnprocessableException;
import org.srtguide.api.Violation;
import org.srtguide.committee.TestRunReport.Mismatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The committee vignettes (test-cases/*.json), read and compared here for both the workbench's
 * TestRunner and the build's VignetteTest/VignetteLintTest. Read from {@code srt.committee.test-cases-dir}
 * (CommitteeConfig; by default the repository folder when run from service/) when that folder
 * exists; otherwise from the copy packaged into the service at build time (class-path folder
 * {@value #PACKAGED}), so the jar works from any directory.
 */
@ApplicationScoped
public class VignetteLibrary {
    static final String PACKAGED = "test-cases";
    /** A resource that is always packaged beside the vignettes (same class-path root). */
    static final String ANCHOR = "application.properties";
    /** A vignette id, also its file name without {@code .json}: lower-case letters, digits and hyphens. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    private final Path directory;
    private final ObjectMapper mapper;

    @Inject
    VignetteLibrary(CommitteeConfig config, ObjectMapper mapper) {
        this(config.testCasesDir(), mapper);
    }

    private VignetteLibrary(Path directory, ObjectMapper mapper) {
        this.directory = directory;
        this.mapper = mapper;
    }

    /** The vignettes of a folder, outside the container (the build's tests). */
    public static VignetteLibrary inDirectory(Path directory) {
        return new VignetteLibrary(directory, new ObjectMapper());
    }

    /** One vignette: {@code location} is its file (or jar entry); the other fields are as written, null when absent. */
    public record Vignette(URI location, String id, String description, String source, JsonNode request, JsonNode expected) {

        /** A vignette in its file form (test-cases/*.json, or a proposal's changed or added vignette). */
        public static Vignette of(URI location, JsonNode node) {
            return new Vignette(location, text(node, "id"), text(node, "description"), text(node, "source"),
                    node.get("request"), node.get("expected"));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || !value.isTextual() ? null : value.asText();
        }

        /**
         * What keeps the vignette from counting as evidence, by field (the build's lint and a proposal's
         * vignettes apply the same rules): id, description, source, a request object and a non-empty expectation.
         */
        public List<Violation> problems() {
            List<Violation> out = new ArrayList<>();
            if (id == null || !ID.matcher(id).matches()) {
                out.add(new Violation("id", "required: lower-case letters, digits and hyphens (at most 120), also the file name"));
            }
            if (description == null || description.isBlank()) {
                out.add(new Violation("description", "the case in plain language is required"));
            }
            if (source == null || source.isBlank()) {
                out.add(new Violation("source", "the guideline source the expectation rests on is required"));
            }
            if (request == null || !request.isObject()) {
                out.add(new Violation("request", "a POST /api/assessments request object is required"));
            }
            if (expected == null || !expected.isObject() || expected.isEmpty()) {
                out.add(new Violation("expected", "at least one expected response field is required"));
            }
            return out;
        }

        public String fileName() {
            String path = location.toString();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        /** Every expected field the response does not match, compared as JsonFields compares (absent: null). */
        public List<Mismatch> mismatches(JsonNode response) {
            List<Mismatch> out = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode actual = JsonFields.at(response, field.getKey());
                if (!JsonFields.same(field.getValue(), actual)) {
                    out.add(new Mismatch(field.getKey(), field.getValue(), actual.isMissingNode() ? NullNode.getInstance() : actual));
                }
            }
            return out;
        }
    }

    /** Where the vignettes were read from, for the report. */
    String origin() {
        return Files.isDirectory(directory) ? directory.toAbsolutePath().normalize().toString() : "classpath:" + PACKAGED;
    }

    /** Every vignette, by id (then location), so that a missing or duplicate id still shows in a lint. */
    public List<Vignette> all() {
        List<Vignette> vignettes = Files.isDirectory(directory) ? fromDirectory(directory) : packaged();
        if (vignettes.isEmpty()) {
            // a run over no cases would pass vacuously
            throw new UnprocessableException("No committee vignettes", "No vignettes were found in " + origin()
                    + "; set srt.committee.test-cases-dir to the repository's test-cases folder.", List.of());
        }
        return vignettes.stream()
                .sorted(Comparator.comparing(Vignette::id, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Vignette::location)).toList();
    }

    private List<Vignette> fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Vignette> out = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    out.add(read(file.toUri(), in));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vignettes in " + dir, e);
        }
    }

    /**
     * The packaged copy, found next to a resource of the service itself: a folder under target/classes in
     * tests, or entries of the service jar (the Quarkus class loader does not list folders inside jars).
     */
    private List<Vignette> packaged() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            for (String anchor : List.of(PACKAGED, ANCHOR)) {
                URL url = loader.getResource(anchor);
                if (url == null) {
                    continue;
                }
                if ("file".equals(url.getProtocol())) {
                    Path found = Path.of(url.toURI());
                    Path dir = anchor.equals(PACKAGED) ? found : found.resolveSibling(PACKAGED);
                    if (Files.isDirectory(dir)) {
                        return fromDirectory(dir);
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    String spec = url.getPath();
                    return fromJar(Path.of(new URI(spec.substring(0, spec.indexOf("!/")))));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged vignettes", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Vignette> fromJar(Path jarFile) throws IOException {
        List<Vignette> out = new ArrayList<>();
        try (ZipFile jar = new ZipFile(jarFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith(PACKAGED + "/") && entry.getName().endsWith(".json")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        out.add(read(URI.create("jar:" + jarFile.toUri() + "!/" + entry.getName()), in));
                    }
                }
            }
        }
        return out;
    }

    private Vignette read(URI location, InputStream in) throws IOException {
        JsonNode node;
        try {
            node = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable vignette " + location, e);
        }
        return Vignette.of(location, node);
    }
}
