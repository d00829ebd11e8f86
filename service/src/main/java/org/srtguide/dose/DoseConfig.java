package org.srtguide.dose;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Dose-check configuration ({@code srt.dose.*} in application.properties). */
@ConfigMapping(prefix = "srt.dose")
public interface DoseConfig {

    /** A directory whose *.yaml/*.yml constraint sets are added to the built-in ones at start-up. */
    Optional<Path> siteSetsDir();

    /** A directory of plugin jars ({@link org.srtguide.dose.spi.DoseCheckPlugin} via ServiceLoader). */
    Optional<Path> pluginDir();

    /** Largest Dxcc treated as a near-max dose and summed over prior courses (docs/dose-constraints.md). */
    double cumulativeNearMaxVolumeCc();
}
