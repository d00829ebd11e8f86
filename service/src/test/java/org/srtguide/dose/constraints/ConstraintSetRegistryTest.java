package org.srtguide.dose.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srtguide.dose.check.StructureNames;
import org.srtguide.dose.dvh.Metric;

class ConstraintSetRegistryTest {
    static final Path SITE_SETS = Path.of("src/test/resources/dose/site-sets");

    @TempDir
    Path dir;

    @Test
    void shouldLoadEveryBuiltInSet() {
        assertThat(ConstraintSetRegistry.builtIn().all()).extracting(ConstraintSet::id).containsExactly(
                "QUANTEC-PELVIS-CONVENTIONAL", "RTOG-0534-PROSTATE-BED", "NRG-PELVIC-NODES-CONVENTIONAL",
                "NRG-PELVIC-NODES-70GY-28FX", "NRG-PELVIC-NODES-60GY-20FX", "AAPM-TG101-5FX-PELVIS",
                "UW-PROSTATE-FOSSA-NODES-HYPO-25FX");
    }

    @Test
    void shouldGiveEveryBuiltInConstraintASourceAndAStatus() {
        ConstraintSetRegistry.builtIn().all().forEach(set -> set.constraints().forEach(c -> {
            assertThat(c.source()).as(c.id()).isNotBlank();
            assertThat(c.status()).as(c.id()).isNotNull();
        }));
    }

    @Test
    void shouldLabelTheHypofractionatedFossaTemplateAsInstitutional() {
        ConstraintSet uw = ConstraintSetRegistry.builtIn().find("UW-PROSTATE-FOSSA-NODES-HYPO-25FX").orElseThrow();
        assertThat(uw.category()).isEqualTo(SetCategory.INSTITUTIONAL);
        assertThat(uw.title()).contains("INSTITUTIONAL");
    }

    @Test
    void shouldKeepOnlyTheVerifiedRtog0534Rows() {
        ConstraintSet rtog = ConstraintSetRegistry.builtIn().find("RTOG-0534-PROSTATE-BED").orElseThrow();
        assertThat(rtog.constraints()).extracting(c -> c.structure() + " " + c.metric() + " " + c.comparator().symbol() + " " + c.ideal())
                .containsExactly("Rectum V65Gy <= 35.0", "Rectum V40Gy <= 55.0", "Bladder-CTV V65Gy <= 50.0", "Bladder-CTV V40Gy <= 70.0");
    }

    @Test
    void shouldAddSiteSetsFromTheConfiguredDirectory() {
        ConstraintSetRegistry registry = ConstraintSetRegistry.load(Optional.of(SITE_SETS));
        ConstraintSet site = registry.find("TEST-SITE-TIERED").orElseThrow();
        assertThat(site.version()).isEqualTo(2);
        assertThat(site.origin()).endsWith("test-site-tiered.yaml");
        assertThat(site.constraints().get(0).acceptable()).isEqualTo(32.0);
        assertThat(site.constraints().get(0).priority()).isEqualTo(1);
        assertThat(site.constraints().get(1).priority()).isNull();
        assertThat(registry.all()).hasSize(9);
    }

    @Test
    void shouldFailWithFileLineAndReasonForAnUnknownMetric() throws IOException {
        write("bad.yaml", VALID_HEADER + constraint("metric: V65"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .isInstanceOf(ConstraintSetException.class)
                .hasMessage(dir.resolve("bad.yaml") + ":10: constraint 'c1': unknown metric 'V65': use VxGy, Vx% (of prescription), Dxcc, Dx% (of volume), Dmean or Dmax")
                .satisfies(e -> assertThat(((ConstraintSetException) e).line()).isEqualTo(10));
    }

    @Test
    void shouldFailForAPriorityBelowOne() throws IOException {
        write("priority.yaml", VALID_HEADER + constraint("metric: V65Gy\n    priority: 0"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("priority.yaml") + ":10: constraint 'c1': 'priority' must be an integer ≥ 1 (1 = most important)");
    }

    @Test
    void shouldFailForAnUnknownField() throws IOException {
        write("typo.yaml", VALID_HEADER + constraint("metric: V65Gy\n    limt: 3"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .isInstanceOf(ConstraintSetException.class)
                .hasMessageStartingWith(dir.resolve("typo.yaml") + ":10: Unrecognized field \"limt\"");
    }

    @Test
    void shouldFailWhenTheAcceptableLimitIsStricterThanTheIdealOne() throws IOException {
        write("tier.yaml", VALID_HEADER + constraint("metric: V65Gy\n    acceptable: 10"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("tier.yaml") + ":10: constraint 'c1': 'acceptable' must be looser than 'ideal' for comparator <=");
    }

    @Test
    void shouldFailWhenTheUnitDoesNotFitTheMetric() throws IOException {
        write("unit.yaml", VALID_HEADER + constraint("metric: V65Gy").replace("unit: \"%\"", "unit: Gy"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("unit.yaml") + ":10: constraint 'c1': unit Gy does not fit metric V65Gy (use % or cc)");
    }

    @Test
    void shouldFailForAnUnknownStatus() throws IOException {
        write("status.yaml", VALID_HEADER + constraint("metric: V65Gy").replace("status: READ", "status: GUESSED"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("status.yaml") + ":10: constraint 'c1': 'status' must be one of [READ, DERIVED, RECALLED]");
    }

    @Test
    void shouldFailWhenTheTitleIsMissing() throws IOException {
        write("notitle.yaml", VALID_HEADER.replace("title: T\n", "") + constraint("metric: V65Gy"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("notitle.yaml") + ":1: 'title' is required");
    }

    @Test
    void shouldFailWhenTheReferenceFractionationIsAmbiguous() throws IOException {
        write("ref.yaml", VALID_HEADER.replace("  fractions: 5\n", "  fractions: 5\n  courses: [{fractions: 5}]\n") + constraint("metric: V65Gy"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("ref.yaml") + ":1: 'referenceFractionation' needs exactly one of 'courses' and 'fractions'");
    }

    @Test
    void shouldRefuseADosePerFractionReferenceUnlessTheSupersededConventionIsChosen() throws IOException {
        write("dpf.yaml", VALID_HEADER.replace("  fractions: 5\n", "  dosePerFractionGy: 2\n") + constraint("metric: V65Gy"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("dpf.yaml") + ":1: 'dosePerFractionGy' belongs to the superseded prescription-dose-per-fraction"
                        + " convention: state the reference course(s) with 'courses' (or 'fractions'), or opt in with"
                        + " 'conversion: PRESCRIPTION_DOSE_PER_FRACTION'");
    }

    @Test
    void shouldStateASourcedReferenceCourseForEveryBuiltInSet() {
        ConstraintSetRegistry.builtIn().all().forEach(set -> {
            assertThat(set.reference().convention()).as(set.id()).isEqualTo(ReferenceFractionation.Convention.VOXEL_BY_VOXEL);
            assertThat(set.reference().courses()).as(set.id()).isNotEmpty();
            assertThat(set.reference().source()).as(set.id()).isNotBlank();
        });
        assertThat(ConstraintSetRegistry.builtIn().all()).extracting(s -> s.id() + " " + s.reference().conversionCourse().label())
                .containsExactly("QUANTEC-PELVIS-CONVENTIONAL 79.2 Gy/44 fx", "RTOG-0534-PROSTATE-BED 70.2 Gy/39 fx",
                        "NRG-PELVIC-NODES-CONVENTIONAL 79.2 Gy/44 fx", "NRG-PELVIC-NODES-70GY-28FX 70 Gy/28 fx",
                        "NRG-PELVIC-NODES-60GY-20FX 60 Gy/20 fx", "AAPM-TG101-5FX-PELVIS 5 fx", "UW-PROSTATE-FOSSA-NODES-HYPO-25FX 62.5 Gy/25 fx");
    }

    @Test
    void shouldEncodeTg101NearMaxRowsOver0035Cc() {
        ConstraintSet tg = ConstraintSetRegistry.builtIn().find("AAPM-TG101-5FX-PELVIS").orElseThrow();
        assertThat(tg.constraints()).noneMatch(c -> c.metric().kind() == Metric.Kind.MAX);
        assertThat(tg.constraints()).filteredOn(c -> c.metric().name().equals("D0.035cc")).extracting(Constraint::structure)
                .containsExactly("Rectum", "BladderWall", "PenileBulb", "Colon", "SacralPlexus", "CaudaEquina");
    }

    @Test
    void shouldUseAlphaBeta2ForNervesWithoutASetValue() {
        ConstraintSet tg = ConstraintSetRegistry.builtIn().find("AAPM-TG101-5FX-PELVIS").orElseThrow();
        assertThat(tg.constraints()).filteredOn(c -> c.structure().equals("SacralPlexus") || c.structure().equals("CaudaEquina"))
                .hasSize(4).allSatisfy(c -> {
                    assertThat(c.alphaBetaGy()).isEqualTo(2.0);
                    assertThat(c.note()).contains("Nieder");
                });
    }

    @Test
    void shouldLeaveTheBladderCancerMaximumOutOfTheQuantecSet() {
        ConstraintSet quantec = ConstraintSetRegistry.builtIn().find("QUANTEC-PELVIS-CONVENTIONAL").orElseThrow();
        assertThat(quantec.constraints()).noneMatch(c -> c.structure().equals("Bladder") && c.metric().kind() == Metric.Kind.MAX);
        assertThat(quantec.note()).contains("bladder cancer treatment");
        assertThat(quantec.constraints()).filteredOn(c -> c.structure().equals("PenileBulb")).extracting(c -> c.metric().name())
                .containsExactly("Dmean", "D95%", "D90%");
    }

    /** Qualifiers that name another structure (TG-263): an alias may carry one only if the structure does. */
    static final List<String> ORGAN_CHANGING = List.of("prv", "head", "neck", "wall", "sigmoid", "symphysis", "large",
            "ptv", "ctv", "gtv", "itv");

    @Test
    void shouldKeepEveryAliasOnItsOwnStructure() {
        ConstraintSetRegistry.builtIn().all().forEach(set -> {
            Map<String, String> structureOfKey = new HashMap<>();
            set.constraints().forEach(c -> {
                String structure = StructureNames.normalise(c.structure());
                for (String name : c.names()) {
                    String key = StructureNames.normalise(name);
                    ORGAN_CHANGING.forEach(q -> assertThat(!key.contains(q) || structure.contains(q))
                            .as(set.id() + " " + c.id() + " alias " + name + " adds '" + q + "'").isTrue());
                    assertThat(structureOfKey.putIfAbsent(key, c.structure()))
                            .as(set.id() + ": name " + name + " used for two structures").isIn(null, c.structure());
                }
            });
        });
    }

    @Test
    void shouldFailForDuplicateConstraintIds() throws IOException {
        write("dup.yaml", VALID_HEADER + constraint("metric: V65Gy") + constraint("metric: V40Gy"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("dup.yaml") + ":18: duplicate constraint id 'c1'");
    }

    @Test
    void shouldFailWhenASiteSetReusesABuiltInId() throws IOException {
        write("clash.yaml", VALID_HEADER.replace("id: SITE", "id: RTOG-0534-PROSTATE-BED") + constraint("metric: V65Gy"));
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .hasMessage(dir.resolve("clash.yaml") + ":1: constraint set id 'RTOG-0534-PROSTATE-BED' is already defined by constraint-sets/rtog-0534-prostate-bed.yaml");
    }

    @Test
    void shouldFailForMalformedYaml() throws IOException {
        write("broken.yaml", "id: [unclosed\n");
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(dir)))
                .isInstanceOf(ConstraintSetException.class)
                .hasMessageStartingWith(dir.resolve("broken.yaml") + ":");
    }

    @Test
    void shouldFailWhenTheSiteDirectoryDoesNotExist() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> ConstraintSetRegistry.load(Optional.of(missing)))
                .hasMessage(missing + ":1: the site constraint-set directory does not exist");
    }

    static final String VALID_HEADER = """
            id: SITE
            version: 1
            title: T
            category: INSTITUTIONAL
            source: test
            referenceFractionation:
              fractions: 5
            defaultAlphaBetaGy: 3
            constraints:
            """;

    static String constraint(String metricLine) {
        return """
                  - id: c1
                    structure: Rectum
                    %s
                    unit: "%%"
                    comparator: "<="
                    ideal: 35
                    source: test
                    status: READ
                """.formatted(metricLine);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
