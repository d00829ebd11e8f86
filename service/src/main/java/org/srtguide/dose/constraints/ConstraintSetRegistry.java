package org.srtguide.dose.constraints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The constraint sets known to the service: the built-in ones (listed in
 * {@code constraint-sets/index.txt} on the class path) plus every {@code *.yaml}/{@code *.yml} file
 * of an optional site directory. Any invalid file, or a duplicate set id, fails the whole load.
 */
public final class ConstraintSetRegistry {
    static final String BUILT_IN_DIR = "constraint-sets/";

    private final Map<String, ConstraintSet> sets;

    private ConstraintSetRegistry(Map<String, ConstraintSet> sets) {
        this.sets = sets;
    }

    /** Built-in sets, then the site directory's (if any). */
    public static ConstraintSetRegistry load(Optional<Path> siteDir) {
        Map<String, ConstraintSet> sets = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            try (InputStream in = resource(name)) {
                add(sets, ConstraintSetLoader.load(BUILT_IN_DIR + name, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        siteDir.ifPresent(dir -> siteFiles(dir).forEach(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                add(sets, ConstraintSetLoader.load(file.toString(), in));
            } catch (IOException e) {
                throw new ConstraintSetException(file.toString(), 1, "cannot read: " + e.getMessage());
            }
        }));
        return new ConstraintSetRegistry(sets);
    }

    public static ConstraintSetRegistry builtIn() {
        return load(Optional.empty());
    }

    public Optional<ConstraintSet> find(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    public Collection<ConstraintSet> all() {
        return sets.values();
    }

    private static void add(Map<String, ConstraintSet> sets, ConstraintSet set) {
        ConstraintSet previous = sets.putIfAbsent(set.id(), set);
        if (previous != null) {
            throw new ConstraintSetException(set.origin(), 1,
                    "constraint set id '" + set.id() + "' is already defined by " + previous.origin());
        }
    }

    private static List<String> builtInNames() {
        try (InputStream in = resource("index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ConstraintSetRegistry.class.getClassLoader().getResourceAsStream(BUILT_IN_DIR + name);
        if (in == null) {
            throw new IOException("built-in constraint set resource missing: " + BUILT_IN_DIR + name);
        }
        return in;
    }

    private static List<Path> siteFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConstraintSetException(dir.toString(), 1, "the site constraint-set directory does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new ConstraintSetException(dir.toString(), 1, "cannot list: " + e.getMessage());
        }
    }
}
