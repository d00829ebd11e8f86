package org.srtguide.vignettes;

import java.nio.file.Path;

import org.srtguide.committee.VignetteLibrary;

/** The repository's test-cases/ (the build runs in service/), read by the library the workbench uses. */
final class Vignettes {
    static final VignetteLibrary LIBRARY = VignetteLibrary.inDirectory(Path.of("..", "test-cases"));

    private Vignettes() {
    }
}
