package org.srtguide.dose.constraints;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.srtguide.dose.constraints.ReferenceFractionation.Convention;
import org.srtguide.dose.constraints.SetDocument.ConstraintDocument;
import org.srtguide.dose.constraints.SetDocument.Located;
import org.srtguide.dose.dvh.Metric;

/** Reads one constraint-set YAML file and checks it; every problem names file, line and reason. */
final class ConstraintSetLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConstraintSetLoader() {
    }

    static ConstraintSet load(String fileName, InputStream in) {
        SetDocument doc;
        try {
            doc = YAML.readValue(in, SetDocument.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ConstraintSetException(fileName, line, e.getOriginalMessage().lines().findFirst().orElse("invalid YAML"));
        } catch (IOException e) {
            throw new ConstraintSetException(fileName, 1, "cannot read: " + e.getMessage());
        }
        if (doc == null) {
            throw new ConstraintSetException(fileName, 1, "the file is empty");
        }
        return new Checker(fileName).set(doc);
    }

    /** Validation of one document; line 1 stands for set-level fields. */
    private static final class Checker {
        private final String file;

        Checker(String file) {
            this.file = file;
        }

        ConstraintSet set(SetDocument d) {
            require(notBlank(d.id()) && d.id().matches("[A-Za-z0-9][A-Za-z0-9._-]*"), 1,
                    "'id' is required and may contain only letters, digits, '.', '_' and '-'");
            require(d.version() != null && d.version() >= 1, 1, "'version' must be an integer ≥ 1");
            require(notBlank(d.title()), 1, "'title' is required");
            require(notBlank(d.source()), 1, "'source' is required");
            SetCategory category = parseEnum(SetCategory.class, d.category(), 1, "", "category");
            ReferenceFractionation reference = reference(d.referenceFractionation());
            require(d.defaultAlphaBetaGy() == null || d.defaultAlphaBetaGy() > 0, 1, "'defaultAlphaBetaGy' must be > 0");
            require(d.constraints() != null && !d.constraints().isEmpty(), 1, "'constraints' must list at least one constraint");
            List<Constraint> constraints = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Located located : d.constraints()) {
                Constraint c = constraint(located, d.defaultAlphaBetaGy());
                require(ids.add(c.id()), located.line(), "duplicate constraint id '" + c.id() + "'");
                constraints.add(c);
            }
            return new ConstraintSet(d.id(), d.version(), d.title(), d.source(), category, reference, d.note(),
                    List.copyOf(constraints), file);
        }

        private ReferenceFractionation reference(SetDocument.ReferenceDocument r) {
            require(r != null, 1, "'referenceFractionation' is required");
            Convention convention = r.conversion() == null ? Convention.VOXEL_BY_VOXEL
                    : parseEnum(Convention.class, r.conversion(), 1, "", "conversion");
            boolean legacyFields = r.dosePerFractionGy() != null || r.minDosePerFractionGy() != null
                    || r.maxDosePerFractionGy() != null;
            if (convention == Convention.PRESCRIPTION_DOSE_PER_FRACTION) {
                require(r.courses() == null && r.fractions() == null, 1,
                        "'conversion: PRESCRIPTION_DOSE_PER_FRACTION' takes 'dosePerFractionGy', not 'courses' or 'fractions'");
                return legacy(r);
            }
            require(!legacyFields, 1, "'dosePerFractionGy' belongs to the superseded prescription-dose-per-fraction convention:"
                    + " state the reference course(s) with 'courses' (or 'fractions'), or opt in with"
                    + " 'conversion: PRESCRIPTION_DOSE_PER_FRACTION'");
            require((r.courses() == null) != (r.fractions() == null), 1,
                    "'referenceFractionation' needs exactly one of 'courses' and 'fractions'");
            List<ReferenceCourse> courses = new ArrayList<>();
            if (r.fractions() != null) {
                require(r.fractions() >= 1, 1, "'fractions' must be ≥ 1");
                courses.add(new ReferenceCourse(null, r.fractions()));
            } else {
                require(!r.courses().isEmpty(), 1, "'courses' must list at least one reference course");
                for (SetDocument.CourseDocument c : r.courses()) {
                    require(c != null && c.fractions() != null && c.fractions() >= 1, 1, "every course needs 'fractions' ≥ 1");
                    require(c.totalDoseGy() == null || c.totalDoseGy() > 0, 1, "a course's 'totalDoseGy' must be > 0");
                    courses.add(new ReferenceCourse(c.totalDoseGy(), c.fractions()));
                }
            }
            return new ReferenceFractionation(convention, courses, null, null, null, r.description(), r.source());
        }

        private ReferenceFractionation legacy(SetDocument.ReferenceDocument r) {
            require(r.dosePerFractionGy() != null && r.dosePerFractionGy() > 0, 1, "'dosePerFractionGy' must be > 0");
            double d = r.dosePerFractionGy();
            require(r.minDosePerFractionGy() == null || r.minDosePerFractionGy() <= d, 1,
                    "'minDosePerFractionGy' must not exceed 'dosePerFractionGy'");
            require(r.maxDosePerFractionGy() == null || r.maxDosePerFractionGy() >= d, 1,
                    "'maxDosePerFractionGy' must not be below 'dosePerFractionGy'");
            return new ReferenceFractionation(Convention.PRESCRIPTION_DOSE_PER_FRACTION, List.of(), d,
                    r.minDosePerFractionGy(), r.maxDosePerFractionGy(), r.description(), r.source());
        }

        private Constraint constraint(Located located, Double defaultAlphaBeta) {
            int line = located.line();
            ConstraintDocument c = located.value();
            require(notBlank(c.id()), line, "constraint 'id' is required");
            String at = "constraint '" + c.id() + "': ";
            require(notBlank(c.structure()), line, at + "'structure' is required");
            Metric metric;
            try {
                metric = Metric.parse(c.metric());
            } catch (IllegalArgumentException e) {
                throw new ConstraintSetException(file, line, at + e.getMessage());
            }
            ValueUnit unit = ValueUnit.fromSymbol(c.unit()).orElseThrow(() ->
                    new ConstraintSetException(file, line, at + "'unit' must be one of %, cc, Gy"));
            require(metric.yieldsDose() ? unit != ValueUnit.CC : unit != ValueUnit.GY, line,
                    at + "unit " + unit.symbol() + " does not fit metric " + metric.name()
                            + (metric.yieldsDose() ? " (use Gy or % of prescription)" : " (use % or cc)"));
            Comparator comparator = Comparator.fromSymbol(c.comparator()).orElseThrow(() ->
                    new ConstraintSetException(file, line, at + "'comparator' must be one of <, <=, >, >="));
            require(c.ideal() != null && Double.isFinite(c.ideal()) && c.ideal() >= 0, line, at + "'ideal' must be a number ≥ 0");
            require(c.acceptable() == null || comparator.looser(c.acceptable(), c.ideal()), line,
                    at + "'acceptable' must be looser than 'ideal' for comparator " + comparator.symbol());
            Double alphaBeta = c.alphaBetaGy() != null ? c.alphaBetaGy() : defaultAlphaBeta;
            require(alphaBeta != null && alphaBeta > 0, line, at + "'alphaBetaGy' (or the set's 'defaultAlphaBetaGy') must be > 0");
            require(notBlank(c.source()), line, at + "'source' is required");
            SourceStatus status = parseEnum(SourceStatus.class, c.status(), line, at, "status");
            List<String> aliases = c.aliases() == null ? List.of() : List.copyOf(c.aliases());
            require(aliases.stream().allMatch(Checker::notBlank), line, at + "aliases must not be blank");
            require(c.priority() == null || c.priority() >= 1, line, at + "'priority' must be an integer ≥ 1 (1 = most important)");
            return new Constraint(c.id(), c.structure(), aliases, metric, unit, comparator, c.ideal(), c.acceptable(),
                    alphaBeta, c.source(), status, c.note(), c.priority());
        }

        private <E extends Enum<E>> E parseEnum(Class<E> type, String value, int line, String at, String field) {
            try {
                return Enum.valueOf(type, value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConstraintSetException(file, line,
                        at + "'" + field + "' must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        private void require(boolean condition, int line, String reason) {
            if (!condition) {
                throw new ConstraintSetException(file, line, reason);
            }
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }
}
