package org.srtguide.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;

import org.jboss.logging.Logger;
import org.kie.kogito.decision.DecisionModels;

import io.quarkus.runtime.ImageMode;

/**
 * Starts compiling the deployed models as soon as the CDI container exists, on a thread of its own,
 * while Quarkus goes on starting on the main thread (0–0.2 s less start-up measured on two cores,
 * which are already busy at start; more where there are more cores: bench/RESULTS.md).
 * Kogito compiles every model in the static initialiser of its generated {@link DecisionModels}
 * class. The JVM runs a static initialiser once, and a thread that needs the class meanwhile (the
 * first use of the models, at start-up) waits for it to finish, so no model is used before it is
 * compiled, and a model that does not compile still fails start-up.
 */
@ApplicationScoped
class ModelCompilation {
    private static final Logger LOG = Logger.getLogger(ModelCompilation.class);

    private ModelCompilation() {
    }

    /** Fired while Quarkus initialises statically: before the runtime configuration, the datasources and HTTP. */
    static void start(@Observes @Initialized(ApplicationScoped.class) Object containerReady, BeanManager beans) {
        if (ImageMode.current() != ImageMode.JVM) {
            return; // a native image initialises at build time, where no thread may be left running
        }
        Class<?> generated = beans.resolve(beans.getBeans(DecisionModels.class)).getBeanClass();
        Thread compiling = new Thread(() -> initialise(generated), "model-compilation");
        compiling.setDaemon(true);
        compiling.start();
    }

    private static void initialise(Class<?> generated) {
        try {
            Class.forName(generated.getName(), true, generated.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // The thread that uses the models next gets only "Could not initialize class": say why here.
            LOG.error("the deployed models do not compile", e);
        }
    }
}
