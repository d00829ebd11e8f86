package org.srtguide.dose.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** Finds {@link DoseCheckPlugin}s with {@link ServiceLoader}. */
public final class PluginLoader {
    private PluginLoader() {
    }

    /** Plugins visible to a class loader. */
    public static List<DoseCheckPlugin> load(ClassLoader classLoader) {
        List<DoseCheckPlugin> plugins = new ArrayList<>();
        ServiceLoader.load(DoseCheckPlugin.class, classLoader).forEach(plugins::add);
        return plugins;
    }

    /** Plugins in the jars of a directory, loaded in their own class loader. */
    public static List<DoseCheckPlugin> loadJars(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            URL[] jars = files.filter(f -> f.toString().endsWith(".jar")).sorted().map(PluginLoader::url).toArray(URL[]::new);
            // Never closed: the plugins' classes live as long as the service.
            URLClassLoader loader = new URLClassLoader(jars, DoseCheckPlugin.class.getClassLoader());
            return ServiceLoader.load(DoseCheckPlugin.class, loader).stream()
                    .filter(p -> p.type().getClassLoader() == loader)
                    .map(ServiceLoader.Provider::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugin directory " + dir, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
