package org.srtguide.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.srtguide.committee.ValidationReport.Finding;
import org.srtguide.decision.DmnEngine;

/**
 * A candidate set with an import no model provides (a removed model, or a wrong namespace) is a
 * validation finding naming the importer, and a compile error, never an unexpected failure: the
 * engine itself throws on such a set.
 */
class CommitteeImportsTest {

    static List<CandidateModel> repositoryModelsBut(String left) throws IOException {
        List<CandidateModel> set = new ArrayList<>();
        for (String name : List.of("recurrence", "imaging", "metastasis", "candidacy", "follow-up", "toxicity", "pathway")) {
            if (!name.equals(left)) {
                DmnNormaliser.Normalised n = DmnNormaliser.normalise(Files.readString(Path.of("..", "dmn", name + ".dmn")));
                set.add(new CandidateModel(n.name(), n.namespace(), n.xml(), n.xml(), false, null, List.of()));
            }
        }
        return set;
    }

    @Test
    void shouldNameTheModelThatImportsARemovedModel() throws IOException {
        ValidationReport report = new CandidateValidator()
                .validate(new CandidateSet(repositoryModelsBut("recurrence"), null, List.of("recurrence")));
        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).extracting(Finding::type, Finding::model, Finding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CandidateValidator.REMOVED_IMPORT, "pathway",
                        "model 'pathway' imports 'recurrence', which this proposal removes"));
    }

    @Test
    void shouldNameTheModelWhoseImportNoModelProvides() throws IOException {
        ValidationReport report = new CandidateValidator().validate(new CandidateSet(repositoryModelsBut("toxicity")));
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.findings().get(0).type()).isEqualTo("IMPORT_NOT_FOUND");
        assertThat(report.findings().get(0).text()).isEqualTo("model 'pathway' imports https://srtguide.org/dmn/toxicity,"
                + " which no model of the set has");
    }

    @Test
    void shouldRefuseToCompileASetWithAnUnresolvedImport() throws IOException {
        List<DmnEngine.Source> sources = repositoryModelsBut("toxicity").stream()
                .map(m -> new DmnEngine.Source(m.name(), m.xml())).toList();
        assertThatThrownBy(() -> DmnEngine.compile(sources)).isInstanceOf(DmnEngine.CompileException.class)
                .hasMessageContaining("toxicity");
    }
}
