import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for bench/durability.sh (run with `java bench/AuditLoadClient.java ...`, no build needed):
 * POSTs the case to the given URLs from several threads for a while and writes the X-Audit-Id of
 * every 200 it fully received to the output file, one per line, flushed at once, so the list
 * survives whatever happens to the server.
 *
 * Arguments: urls(comma-separated) user:password body-file threads seconds out-file
 */
public class AuditLoadClient {
    public static void main(String[] args) throws Exception {
        String[] urls = args[0].split(",");
        String auth = "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8));
        String body = Files.readString(Path.of(args[2]));
        int threads = Integer.parseInt(args[3]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[4])).toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        AtomicLong ok = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong other = new AtomicLong();
        try (PrintWriter out = new PrintWriter(new FileWriter(args[5], StandardCharsets.UTF_8))) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                URI uri = URI.create(urls[t % urls.length]);
                Thread worker = new Thread(() -> {
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json").header("Authorization", auth)
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    while (System.nanoTime() < until) {
                        try {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            String id = response.headers().firstValue("X-Audit-Id").orElse(null);
                            if (response.statusCode() == 200 && id != null) {
                                synchronized (out) {
                                    out.println(id);
                                    out.flush();
                                }
                                ok.incrementAndGet();
                            } else {
                                other.incrementAndGet();
                            }
                        } catch (IOException e) {
                            refused.incrementAndGet();
                            pause();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.out.printf("acknowledged(200)=%d failed-connections=%d other-status=%d%n", ok.get(), refused.get(), other.get());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
