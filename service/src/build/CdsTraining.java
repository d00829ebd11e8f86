import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the packaged service's AppCDS archive (quarkus-app/app-cds.jsa) from one real start: the
 * application runs with -XX:ArchiveClassesAtExit until its readiness probe answers UP and it has
 * answered one assessment, then stops; the JVM writes every class it loaded on the way. Quarkus' own
 * archive (quarkus.package.jar.appcds) stops its training run after static initialisation, so the
 * classes of the runtime start (the audit database and its migration, configuration, HTTP, security)
 * were still read from the jars at every start (bench/RESULTS.md, issue #16).
 * <p>
 * Run by the build (service/pom.xml, package phase) as a single-file program:
 * {@code java CdsTraining.java <quarkus-app dir> <jvm.options> <work dir> [--ready-only]}. A start-up
 * that fails leaves no archive and fails the build: the service did not start. {@code --ready-only}
 * stops at ready, for an application without the assessment endpoint (the benchmark's stock
 * Kogito peer, bench/peer, whose archive is written the same way so that start-up compares alike).
 */
public final class CdsTraining {
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final String ARCHIVE = "app-cds.jsa";
    /** A typical case (the README's example): the request path's classes go into the archive too. */
    private static final String CASE = """
            {"asOf": "2025-06-01", "primaryTreatment": "PROSTATECTOMY", "primaryTreatmentDate": "2023-02-10",
             "psa": [{"date": "2023-04-01", "value": 0.05, "belowDetectionLimit": true},
                     {"date": "2025-01-10", "value": 0.21, "unit": "ng/mL"}, {"date": "2025-02-12", "value": 0.27}],
             "gradeGroup": 2, "seminalVesicleInvasion": false, "pathologicalNodes": "pN0",
             "imaging": [{"modality": "PSMA_PET", "date": "2025-03-01", "findings": ["NO_DISEASE"]}]}
            """;

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        boolean readyOnly = args.length == 4 && "--ready-only".equals(args[3]);
        if (args.length != 3 && !readyOnly) {
            throw new IllegalArgumentException(
                    "usage: java CdsTraining.java <quarkus-app dir> <jvm.options> <work dir> [--ready-only]");
        }
        Path app = Path.of(args[0]).toAbsolutePath();
        Path options = Path.of(args[1]).toAbsolutePath();
        Path work = Path.of(args[2]).toAbsolutePath();
        Files.createDirectories(work);
        Path archive = app.resolve(ARCHIVE);
        Files.deleteIfExists(archive);
        int port = freePort();
        // A throwaway user of this run only, and a fresh audit database, removed again after the run.
        String password = UUID.randomUUID().toString();
        Path data = work.resolve("data");
        deleteTree(data);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + ARCHIVE, "@" + options, "-Dquarkus.http.port=" + port,
                "-Dsrt.data-dir=" + data,
                "-Dquarkus.security.users.embedded.users.cds-training=" + password,
                "-Dquarkus.security.users.embedded.roles.cds-training=clinician", "-jar", "quarkus-run.jar");
        Path log = work.resolve("cds-training.log");
        Process service = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            awaitReady(http, port, service, log);
            if (!readyOnly) {
                assess(http, port, password);
            }
        } finally {
            service.destroy(); // SIGTERM: an orderly exit, at which the JVM writes the archive
            if (!service.waitFor(2, TimeUnit.MINUTES)) {
                service.destroyForcibly();
                throw new IllegalStateException("the training run did not stop; see " + log);
            }
            deleteTree(data);
        }
        if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
            throw new IllegalStateException("no " + ARCHIVE + " written (this JDK may lack its default CDS archive); see " + log);
        }
        System.out.printf("[cds-training] %s written: %d MB, from a start to ready%s%n", archive,
                Files.size(archive) >> 20, readyOnly ? "" : " and one assessment");
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(HttpClient http, int port, Process service, Path log) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited during its training start; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the service was not ready within " + START_LIMIT + "; see " + log);
    }

    private static void assess(HttpClient http, int port, String password) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(("cds-training:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/assessments"))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + credentials)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(CASE)).build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the training assessment was answered " + answer.statusCode());
        }
    }
}
