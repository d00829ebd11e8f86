package org.srtguide.dose.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.srtguide.dose.check.CheckReport;
import org.srtguide.dose.check.ConstraintResult;
import org.srtguide.dose.check.CumulativePolicy;
import org.srtguide.dose.check.DoseChecker;
import org.srtguide.dose.check.Plan;
import org.srtguide.dose.check.StructureDvh;
import org.srtguide.dose.constraints.ConstraintSetRegistry;
import org.srtguide.dose.dvh.Dvh;
import org.srtguide.dose.dvh.DvhType;
import org.srtguide.dose.dvh.VolumeUnit;

/**
 * A site plugin built by the test as its own jar (compiled from source, with a
 * META-INF/services entry), outside the test class path: the loader must find it there and the
 * checker must report its findings.
 */
class PluginJarTest {
    static final String PLUGIN_CLASS = "org.example.site.StructureCountPlugin";
    static final String PLUGIN_SOURCE = """
            package org.example.site;

            import java.util.List;
            import org.srtguide.dose.check.Plan;
            import org.srtguide.dose.check.Verdict;
            import org.srtguide.dose.constraints.ConstraintSet;
            import org.srtguide.dose.spi.DoseCheckPlugin;
            import org.srtguide.dose.spi.PluginFinding;

            public class StructureCountPlugin implements DoseCheckPlugin {
                public String id() { return "site-count"; }

                public List<PluginFinding> evaluate(Plan plan, ConstraintSet set) {
                    return List.of(new PluginFinding("structures", null, "structureCount", "n",
                            (double) plan.structures().size(), null, Verdict.PER_PROTOCOL,
                            "counted by the site plugin for " + set.id(), "site plugin"));
                }
            }
            """;

    @TempDir
    static Path work;
    static Path pluginDir;

    @BeforeAll
    static void buildPluginJar() throws Exception {
        Path src = work.resolve("src/org/example/site/StructureCountPlugin.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, PLUGIN_SOURCE);
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path api = Path.of(DoseCheckPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", api.toString(), src.toString());
        assertThat(rc).as("javac exit code").isZero();

        pluginDir = Files.createDirectories(work.resolve("plugins"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(pluginDir.resolve("site-plugin.jar")))) {
            String classEntry = PLUGIN_CLASS.replace('.', '/') + ".class";
            put(jar, classEntry, Files.readAllBytes(classes.resolve(classEntry)));
            put(jar, "META-INF/services/" + DoseCheckPlugin.class.getName(), (PLUGIN_CLASS + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(bytes);
        jar.closeEntry();
    }

    @Test
    void shouldNotSeeThePluginOnTheTestClassPath() {
        assertThatThrownBy(() -> Class.forName(PLUGIN_CLASS)).isInstanceOf(ClassNotFoundException.class);
        assertThat(PluginLoader.load(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void shouldDiscoverThePluginInItsJar() {
        List<DoseCheckPlugin> plugins = PluginLoader.loadJars(pluginDir);
        assertThat(plugins).extracting(DoseCheckPlugin::id).containsExactly("site-count");
    }

    @Test
    void shouldReportTheFindingsOfTheDiscoveredPlugin() {
        DoseChecker checker = new DoseChecker(PluginLoader.loadJars(pluginDir), 1.0);
        Dvh dvh = Dvh.of(DvhType.CUMULATIVE, VolumeUnit.PERCENT, new double[] {0, 70}, new double[] {100, 0}, null);
        Plan plan = new Plan(64.8, 36, List.of(new StructureDvh("Rectum", dvh), new StructureDvh("Bladder", dvh)));
        CheckReport report = checker.check(ConstraintSetRegistry.builtIn().find("RTOG-0534-PROSTATE-BED").orElseThrow(),
                plan, List.of(), CumulativePolicy.PLAIN_SUM);
        ConstraintResult finding = report.results().stream().filter(r -> r.kind() == ConstraintResult.Kind.PLUGIN).findFirst().orElseThrow();
        assertThat(finding.constraintId()).isEqualTo("site-count:structures");
        assertThat(finding.value()).isEqualTo(2.0);
        assertThat(finding.reason()).isEqualTo("counted by the site plugin for RTOG-0534-PROSTATE-BED");
    }
}
