package org.srtguide.dose;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.srtguide.dose.check.DoseChecker;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.spi.DoseCheckPlugin;
import org.srtguide.dose.spi.PluginLoader;

import io.quarkus.runtime.Startup;

/**
 * CDI wiring of the pure-Java dose domain. Loaded at start-up so that an invalid site constraint
 * set stops the service with its file, line and reason.
 */
@Startup
@Singleton
public class DoseService {
    private static final Logger LOG = Logger.getLogger(DoseService.class);

    private final ConstraintSetRegistry registry;
    private final DoseChecker checker;

    DoseService(DoseConfig config, @Any Instance<DoseCheckPlugin> beans) {
        this.registry = ConstraintSetRegistry.load(config.siteSetsDir());
        List<DoseCheckPlugin> plugins = new ArrayList<>(PluginLoader.load(DoseService.class.getClassLoader()));
        config.pluginDir().ifPresent(dir -> plugins.addAll(PluginLoader.loadJars(dir)));
        beans.forEach(plugins::add);
        this.checker = new DoseChecker(plugins, config.cumulativeNearMaxVolumeCc());
        LOG.infof("dose checks: %d constraint sets, plugins %s", registry.all().size(),
                plugins.stream().map(DoseCheckPlugin::id).toList());
    }

    public ConstraintSetRegistry registry() {
        return registry;
    }

    public DoseChecker checker() {
        return checker;
    }
}
