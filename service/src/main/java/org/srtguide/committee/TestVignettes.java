package org.srtguide.committee;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.srtguide.committee.Evidence.VignetteChange;
import org.srtguide.committee.VignetteLibrary.Vignette;
import org.srtguide.publishing.PublishedModels;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The vignettes a test run uses: the repository's (VignetteLibrary) overlaid by the vignettes a
 * published version was tested with beyond them (stored with the version), and a proposal's changed
 * or added vignettes on top; a vignette replaces the one of the same id. Overlays are in the
 * test-cases/ file form and were checked on submission (VignetteLibrary.Vignette#problems).
 */
@ApplicationScoped
class TestVignettes {
    private final VignetteLibrary library;
    private final PublishedModels published;

    TestVignettes(VignetteLibrary library, PublishedModels published) {
        this.library = library;
        this.published = published;
    }

    /** A version's overlay: what its proposals changed or added (none for the baseline). */
    List<JsonNode> overlay(int version) {
        return published.vignettes(version);
    }

    /** A version's overlay with a proposal's vignettes replacing or adding by id. */
    List<JsonNode> overlay(int version, List<JsonNode> proposed) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        overlay(version).forEach(v -> byId.put(id(v), v));
        proposed.forEach(v -> byId.put(id(v), v));
        return List.copyOf(byId.values());
    }

    /** The vignettes a version is tested with. */
    VignetteSet of(int version) {
        return with(overlay(version));
    }

    /** The repository's vignettes with an overlay. */
    VignetteSet with(List<JsonNode> overlay) {
        Map<String, Vignette> byId = new LinkedHashMap<>();
        library.all().forEach(v -> byId.put(v.id(), v));
        overlay.forEach(v -> byId.put(id(v), Vignette.of(URI.create("committee:test-cases/" + id(v) + ".json"), v)));
        List<Vignette> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Vignette::id, Comparator.nullsFirst(Comparator.naturalOrder())));
        String origin = library.origin() + (overlay.isEmpty() ? ""
                : " with the committee's " + overlay.stream().map(TestVignettes::id).toList());
        return new VignetteSet(origin, List.copyOf(all));
    }

    /** How the vignettes of overlay {@code to} differ from those of {@code from}, by id. */
    List<VignetteChange> changes(List<JsonNode> from, List<JsonNode> to) {
        Map<String, Vignette> before = byId(with(from)), after = byId(with(to));
        List<VignetteChange> out = new ArrayList<>();
        after.forEach((id, v) -> {
            Vignette was = before.get(id);
            if (was == null) {
                out.add(new VignetteChange(id, "ADDED"));
            } else if (!sameContent(was, v)) {
                out.add(new VignetteChange(id, "CHANGED"));
            }
        });
        before.keySet().stream().filter(id -> !after.containsKey(id)).forEach(id -> out.add(new VignetteChange(id, "REMOVED")));
        return out;
    }

    private static Map<String, Vignette> byId(VignetteSet set) {
        Map<String, Vignette> out = new LinkedHashMap<>();
        set.vignettes().forEach(v -> out.put(v.id(), v));
        return out;
    }

    private static boolean sameContent(Vignette a, Vignette b) {
        return Objects.equals(a.description(), b.description()) && Objects.equals(a.source(), b.source())
                && Objects.equals(a.request(), b.request()) && Objects.equals(a.expected(), b.expected());
    }

    static String id(JsonNode vignette) {
        return vignette.path("id").asText();
    }
}
