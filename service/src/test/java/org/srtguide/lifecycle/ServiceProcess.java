package org.srtguide.lifecycle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service (target/quarkus-app/quarkus-run.jar) as a child process, with the README's
 * JVM flags, on a random loopback port, its embedded audit store under a given directory and only
 * the given users. Its console output is read line by line so a test can wait for a logged event.
 */
final class ServiceProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^ ]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final int port;

    private ServiceProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "service-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        Matcher listening = LISTENING.matcher(awaitLine("Listening on:", START_TIMEOUT));
        if (!listening.find()) {
            throw new AssertionError("no port in the start-up line\n" + log());
        }
        this.port = Integer.parseInt(listening.group(1));
    }

    /** Starts the jar and returns once it listens. users: name to "password:role". */
    static ServiceProcess start(Path jar, Path dataDir, Map<String, String> users) throws IOException {
        return start(command(jar, dataDir, users));
    }

    /** Starts a command made by {@link #command} (with additions) and returns once it listens. */
    static ServiceProcess start(ProcessBuilder command) throws IOException {
        Process process = command.start();
        try {
            return new ServiceProcess(process);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The command {@link #start} runs, for a test that adds to its environment or expects it not to start. */
    static ProcessBuilder command(Path jar, Path dataDir, Map<String, String> users) {
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " is missing: run through `mvn verify`, which packages the service first");
        }
        // The flags the README runs with (the module directory is the working directory of the build).
        Path options = Path.of("jvm.options").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + options, "-jar", jar.toAbsolutePath().toString())
                .directory(dataDir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // Only this test's configuration: nothing inherited from the shell that runs the build.
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("SRT_"));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", "0");
        env.put("SRT_DATA_DIR", dataDir.toAbsolutePath().toString());
        users.forEach((name, passwordAndRole) -> {
            String[] parts = passwordAndRole.split(":", 2);
            env.put("QUARKUS_SECURITY_USERS_EMBEDDED_USERS_" + name.toUpperCase(), parts[0]);
            env.put("QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_" + name.toUpperCase(), parts[1]);
        });
        return builder;
    }

    int port() {
        return port;
    }

    /**
     * SIGTERM, as an orchestrator stops a container. Through the ProcessHandle: Process.destroy sends
     * the same signal but also closes our end of the output, which the test still reads.
     */
    void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to end and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running " + timeout.toSeconds() + " s after SIGTERM\n" + log());
        }
        return process.exitValue();
    }

    /** Consumes console lines until one contains the text; returns that line. */
    String awaitLine(String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                String line = unread.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("no line with '" + text + "' within " + timeout.toSeconds() + " s\n" + log());
                }
                if (line.contains(text)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Everything the process printed so far. */
    String log() {
        synchronized (log) {
            return String.join("\n", log);
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                log.add(line);
                unread.add(line);
            }
        } catch (IOException e) {
            // The stream of a killed process may end abruptly; what was read is kept.
            log.add("[output ended: " + e.getClass().getSimpleName() + "]");
        }
    }

    /** Stops the process if it still runs (SIGTERM, then SIGKILL if it does not end). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(45, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
