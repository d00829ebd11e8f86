package org.srtguide;

import org.srtguide.decision.ModelCompilation;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service's entry point: starts compiling the decision models, the longest part of start-up,
 * before Quarkus initialises, then runs Quarkus as its default entry point would.
 */
@QuarkusMain
public final class ServiceMain {
    private ServiceMain() {
    }

    public static void main(String... args) {
        ModelCompilation.beginEarly();
        Quarkus.run(args);
    }
}
