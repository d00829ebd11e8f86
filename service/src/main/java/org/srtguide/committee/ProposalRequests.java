package org.srtguide.committee;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.srtguide.api.InvalidInputException;
import org.srtguide.api.Violation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of a proposal (submission or revision), checked before any evidence is gathered: every
 * problem is a 400 naming its field. Models are checked when laid over the active version
 * (CandidateSets), vignettes by the rules of the build's lint (VignetteLibrary.Vignette#problems).
 */
final class ProposalRequests {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 10_000;
    static final int MAX_VIGNETTES = 50;

    private ProposalRequests() {
    }

    static void check(ProposalRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "a proposal is required");
        }
        List<Violation> violations = new ArrayList<>();
        if (request.title() == null || request.title().isBlank() || request.title().length() > MAX_TITLE) {
            violations.add(new Violation("title", "required, at most " + MAX_TITLE + " characters"));
        }
        if (request.rationale() == null || request.rationale().isBlank() || request.rationale().length() > MAX_TEXT) {
            violations.add(new Violation("rationale", "the clinical rationale is required, at most " + MAX_TEXT + " characters"));
        }
        boolean hasModels = present(request.models()), removes = present(request.removeModels());
        if (request.rollbackToVersion() != null) {
            // a rollback proposes the target version's own models and vignettes, nothing uploaded
            notWithRollback("models", request.models(), violations);
            notWithRollback("removeModels", request.removeModels(), violations);
            notWithRollback("vignettes", request.vignettes(), violations);
        } else if (!hasModels && !removes) {
            violations.add(new Violation("models", "at least one candidate model (or a model to remove) is required"));
        }
        if (present(request.removeModels()) && request.removeModels().size() > CandidateSets.MAX_MODELS) {
            violations.add(new Violation("removeModels", "at most " + CandidateSets.MAX_MODELS + " models per proposal"));
        }
        violations.addAll(vignetteProblems(request.vignettes()));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** Each vignette as the build's lint checks a file, plus unique ids within the proposal. */
    private static List<Violation> vignetteProblems(List<JsonNode> vignettes) {
        List<Violation> out = new ArrayList<>();
        if (!present(vignettes)) {
            return out;
        }
        if (vignettes.size() > MAX_VIGNETTES) {
            out.add(new Violation("vignettes", "at most " + MAX_VIGNETTES + " vignettes per proposal"));
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < vignettes.size(); i++) {
            JsonNode node = vignettes.get(i);
            String field = "vignettes[" + i + "]";
            if (node == null || !node.isObject()) {
                out.add(new Violation(field, "a vignette object in the form of the files in test-cases/"));
                continue;
            }
            VignetteLibrary.Vignette vignette = VignetteLibrary.Vignette.of(URI.create("committee:proposal"), node);
            vignette.problems().forEach(p -> out.add(new Violation(field + "." + p.field(), p.message())));
            if (vignette.id() != null && !ids.add(vignette.id())) {
                out.add(new Violation(field + ".id", "vignette '" + vignette.id() + "' is given twice"));
            }
        }
        return out;
    }

    private static void notWithRollback(String field, List<?> given, List<Violation> violations) {
        if (present(given)) {
            violations.add(new Violation(field, "give either " + field + " or rollbackToVersion, not both"));
        }
    }

    private static boolean present(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
