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
            v.problems().forEach(p -> problems.add(name + ": " + p.field() + " " + p.message()));
            if (v.id() != null && !ids.add(v.id())) {
                problems.add(name + ": duplicate id " + v.id());
            }
            if (v.id() != null && !name.equals(v.id() + ".json")) {
                problems.add(name + ": file name differs from id " + v.id());
            }
        }
        assertThat(problems).isEmpty();
    }
}
