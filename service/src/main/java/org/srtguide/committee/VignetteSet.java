package org.srtguide.committee;

import java.util.List;

/** The vignettes of one test run, by id, and where they came from (named in the report). */
record VignetteSet(String origin, List<VignetteLibrary.Vignette> vignettes) {
}
