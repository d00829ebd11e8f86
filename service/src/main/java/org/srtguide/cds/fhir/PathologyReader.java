package org.srtguide.cds.fhir;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.srtguide.assessment.Codes.PathologicalNodes;

/**
 * Pathology Observations → grade group, pN and seminal vesicle invasion; the latest observation of each
 * kind counts. An observation whose value is an ISUP grade group is read as one whatever its code. Only
 * final (or amended, corrected) results are used ({@link ResultStatus}).
 */
final class PathologyReader {
    static final String GRADE_GROUP = "GRADE_GROUP";

    record Pathology(Integer gradeGroup, PathologicalNodes nodes, Boolean seminalVesicleInvasion) {
    }

    private record Finding(String kind, String value, LocalDate date) {
    }

    private final FhirMapping mapping;
    private final FhirReading reading;

    PathologyReader(FhirMapping mapping, FhirReading reading) {
        this.mapping = mapping;
        this.reading = reading;
    }

    Pathology read(List<Resource> resources) {
        List<Finding> findings = resources.stream().map(this::finding).flatMap(Optional::stream).toList();
        String grade = latest(findings, GRADE_GROUP);
        String nodes = latest(findings, "REGIONAL_NODES");
        String tumor = latest(findings, "PRIMARY_TUMOR");
        return new Pathology(grade == null ? null : Integer.valueOf(grade.substring(GRADE_GROUP.length() + 1)),
                nodes == null ? null : switch (nodes) {
                    case "PN0" -> PathologicalNodes.PN0;
                    case "PN1" -> PathologicalNodes.PN1;
                    default -> PathologicalNodes.PNX;
                },
                tumor == null ? null : "SEMINAL_VESICLE_INVASION".equals(tumor));
    }

    private static String latest(List<Finding> findings, String kind) {
        return findings.stream().filter(f -> f.kind().equals(kind)).max(Comparator.comparing(Finding::date))
                .map(Finding::value).orElse(null);
    }

    private Optional<Finding> finding(Resource resource) {
        if (!(resource instanceof Observation observation)) {
            reading.note(resource, "Not an Observation, so not read as pathology.");
            return Optional.empty();
        }
        String status = observation.getStatusElement().getValueAsString();
        if (ResultStatus.noResult(status)) {
            return Optional.empty();
        }
        Optional<String> value = observation.hasValueCodeableConcept()
                ? FhirMapping.meaning(mapping.pathologyValues(), observation.getValueCodeableConcept()) : Optional.empty();
        String kind = FhirMapping.meaning(mapping.pathologyCodes(), observation.getCode())
                .orElse(value.filter(v -> v.startsWith(GRADE_GROUP)).map(v -> GRADE_GROUP).orElse(null));
        if (kind == null) {
            reading.note(resource, "Pathology observation code is not in the mapping (docs/fhir.md): not used.");
            return Optional.empty();
        }
        if (GRADE_GROUP.equals(kind) && value.isEmpty() && observation.hasValueIntegerType()) {
            int group = observation.getValueIntegerType().getValue();
            value = group >= 1 && group <= 5 ? Optional.of(GRADE_GROUP + "_" + group) : Optional.empty();
        }
        if (value.isEmpty() || !matchesKind(kind, value.get())) {
            reading.note(resource, "Pathology result value is not in the mapping (docs/fhir.md): not used.");
            return Optional.empty();
        }
        String v = value.get();
        // pathology is often sent undated; it then ranks before any dated result of its kind
        Optional<LocalDate> date = observation.hasEffective()
                ? reading.date(resource, observation.getEffective(), "Pathology result") : Optional.of(LocalDate.MIN);
        Optional<String> unusable = ResultStatus.unusable(status);
        if (date.isPresent() && unusable.isPresent()) {
            String when = date.get().equals(LocalDate.MIN) ? " (undated)" : " of " + date.get();
            reading.note(resource, "Pathology result (" + kind.toLowerCase().replace('_', ' ') + ")" + when + unusable.get());
            return Optional.empty();
        }
        return date.map(d -> new Finding(kind, v, d));
    }

    private static boolean matchesKind(String kind, String value) {
        return switch (kind) {
            case GRADE_GROUP -> value.startsWith(GRADE_GROUP);
            case "REGIONAL_NODES" -> value.startsWith("PN");
            default -> value.endsWith("SEMINAL_VESICLE_INVASION");
        };
    }
}
