package org.srtguide.dose;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Dose-check configuration ({@code srt.dose.*}); the defaults live here and nowhere else. */
@ConfigMapping(prefix = "srt.dose")
public interface DoseConfig {

    /** A directory whose *.yaml/*.yml constraint sets are added to the built-in ones at start-up. */
    Optional<Path> siteSetsDir();

    /** A directory of plugin jars ({@link org.srtguide.dose.spi.DoseCheckPlugin} via ServiceLoader). */
    Optional<Path> pluginDir();

    /**
     * Largest Dxcc treated as a near-max dose and summed over prior courses. 1 cm3: Dipasquale 2018
     * sums rectal D1cc across courses (PMC6200893; docs/dose-constraints.md §5); D0.03cc, D0.035cc and
     * D0.1cc are included.
     */
    @WithDefault("1.0")
    double cumulativeNearMaxVolumeCc();

    /**
     * When an RT Dose carries both a dose grid and the planning system's DVHs: the largest difference
     * between the two values of a row, as a fraction of its limit, before the row is DVH_MISMATCH.
     */
    @WithDefault("0.02")
    double dvhMismatchTolerance();
}
