package org.srtguide.decision;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;

import org.jboss.logging.Logger;
import org.kie.kogito.decision.DecisionModels;

import io.quarkus.runtime.ImageMode;

/**
 * Compiles the deployed models on a thread of its own while Quarkus starts on the main thread.
 * Kogito compiles every model in the static initialiser of its generated {@link DecisionModels}
 * class. The JVM runs a static initialiser once, and a thread that needs the class meanwhile (the
 * first use of the models, at start-up) waits for it to finish, so no model is used before it is
 * compiled, and a model that does not compile still fails start-up.
 * <p>
 * The compilation is the longest part of start-up, so it begins as early as possible: from the
 * service's main method ({@link #beginEarly}, before Quarkus' own initialisation, which took the
 * first ~1 s on two cores), or, where Quarkus starts without that main method (tests, dev mode), as
 * soon as the CDI container exists. Measurements: bench/RESULTS.md.
 */
@ApplicationScoped
public class ModelCompilation {
    /** The class Kogito generates for the models of this module (its code generation's fixed name). */
    static final String GENERATED = "org.kie.kogito.app.DecisionModels";

    private static final Logger LOG = Logger.getLogger(ModelCompilation.class);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ModelCompilation() {
    }

    /**
     * From the service's main method, before Quarkus starts: compiles the generated models' class
     * when it is on the class path (it always is in the packaged service).
     */
    public static void beginEarly() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader.getResource(GENERATED.replace('.', '/') + ".class") != null) {
            begin(GENERATED, loader);
        }
    }

    /** Fired while Quarkus initialises statically: before the runtime configuration, the datasources and HTTP. */
    static void start(@Observes @Initialized(ApplicationScoped.class) Object containerReady, BeanManager beans) {
        if (ImageMode.current() != ImageMode.JVM) {
            return; // a native image initialises at build time, where no thread may be left running
        }
        Class<?> generated = beans.resolve(beans.getBeans(DecisionModels.class)).getBeanClass();
        begin(generated.getName(), generated.getClassLoader());
    }

    private static void begin(String generated, ClassLoader loader) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread compiling = new Thread(() -> initialise(generated, loader), "model-compilation");
        compiling.setDaemon(true);
        compiling.start();
    }

    private static void initialise(String generated, ClassLoader loader) {
        try {
            Class.forName(generated, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // The thread that uses the models next gets only "Could not initialize class": say why here.
            LOG.error("the deployed models do not compile", e);
        }
    }
}
