package org.srtguide.vignettes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.srtguide.committee.VignetteLibrary.Vignette;

/** Committee files must be complete before they can count as evidence: collects every problem, then fails. */
class VignetteLintTest {

    @Test
    void shouldGiveEveryVignetteAUniqueIdDescriptionSourceRequestAndExpectation() {
        List<Vignette> vignettes = Vignettes.LIBRARY.all();
        assertThat(vignettes).as("vignettes in test-cases/").hasSizeGreaterThanOrEqualTo(40);
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Vignette v : vignettes) {
            String name = v.fileName();
            if (v.id() == null || v.id().isBlank()) {
                problems.add(name + ": no id");
            } else {
                if (!ids.add(v.id())) {
                    problems.add(name + ": duplicate id " + v.id());
                }
                if (!name.equals(v.id() + ".json")) {
                    problems.add(name + ": file name differs from id " + v.id());
                }
            }
            if (v.description() == null || v.description().isBlank()) {
                problems.add(name + ": no description");
            }
            if (v.source() == null || v.source().isBlank()) {
                problems.add(name + ": no source reference");
            }
            if (v.request() == null || !v.request().isObject()) {
                problems.add(name + ": no request object");
            }
            if (v.expected() == null || !v.expected().isObject() || v.expected().isEmpty()) {
                problems.add(name + ": no expected outputs");
            }
        }
        assertThat(problems).isEmpty();
    }
}
