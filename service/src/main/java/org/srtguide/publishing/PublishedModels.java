package org.srtguide.publishing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;
import org.srtguide.api.ConflictException;
import org.srtguide.audit.ModelArchive;
import org.srtguide.decision.ActiveModels;
import org.srtguide.decision.DeployedModel;
import org.srtguide.decision.DmnEngine;
import org.srtguide.decision.ModelRegistry;
import org.srtguide.decision.Sha256;
import org.srtguide.decision.VersionedModels;
import org.srtguide.health.AuditSchema;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings the published versions into service on this replica: at start-up and then every
 * {@code srt.publishing.poll-interval} it reads {@code model_version}, and activates the latest
 * version whose effective instant has come, compiled and checked before the switch. Versions
 * proposed against another repository baseline are never applied (fail safe; readiness lists them).
 */
@ApplicationScoped
public class PublishedModels {
    private static final Logger LOG = Logger.getLogger(PublishedModels.class);

    private final ActiveModels active;
    private final ModelRegistry registry;
    private final ModelVersions store;
    private final ModelArchive archive;
    private final Duration pollInterval;
    private final Map<Integer, VersionedModels> compiled = new ConcurrentHashMap<>();
    private volatile List<PublishedVersion> versions = List.of();
    private volatile int latestSeen = -1;
    private ScheduledExecutorService poller;

    PublishedModels(ActiveModels active, ModelRegistry registry, ModelVersions store, ModelArchive archive,
            PublishingConfig config) {
        this.active = active;
        this.registry = registry;
        this.store = store;
        this.archive = archive;
        this.pollInterval = config.pollInterval();
    }

    /**
     * What a publication needs: the proposal, its people, the models it changes or adds and those it
     * removes (the rest stay as active), and the vignettes the new version was tested with that differ
     * from the repository's (stored with the version for the next proposals' test runs and the export).
     */
    public record Publication(String proposalId, int proposalRevision, int basedOnVersion, String proposedBy,
            List<String> approvedBy, String publishedBy, Instant effectiveFrom, List<DmnEngine.Source> models,
            List<String> removedModels, List<JsonNode> vignettes) {
    }

    /** After the audit schema's start-up attempt (the default observer priority runs later than it). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event, AuditSchema schema) {
        schema.startAttempt().join();
        poll();
        poller = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread t = new Thread(run, "published-models-poll");
            t.setDaemon(true);
            return t;
        });
        long millis = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database may be down: keep answering on the active version and try again later.
            LOG.warnf("published model versions not read: %s", e.getClass().getSimpleName());
        }
    }

    /** Reads new versions (if any) and activates the one due now. */
    public synchronized void refresh() {
        int latest = store.latest();
        if (latest != latestSeen) {
            versions = store.all();
            latestSeen = latest;
        }
        Instant now = Instant.now();
        PublishedVersion due = applicable().stream().filter(v -> !v.effectiveFrom().isAfter(now))
                .max(Comparator.comparingInt(PublishedVersion::version)).orElse(null);
        int wanted = due == null ? VersionedModels.BASELINE : due.version();
        if (active.current().version() != wanted) {
            VersionedModels next = due == null ? VersionedModels.baseline(registry) : compiled(due);
            active.activate(next);
            LOG.infof("model version %d active (proposal %s)", next.version(), next.proposalId());
        }
    }

    /**
     * Publishes: the active version with the proposal's models in place, compiled and checked, then
     * appended to {@code model_version}; it answers from its effective instant (at once if now).
     */
    public synchronized PublishedVersion publish(Publication p) {
        refresh();
        VersionedModels current = active.current();
        if (current.version() != p.basedOnVersion()) {
            throw new ConflictException("stale-proposal", "The proposal is not based on the active version",
                    "The proposal's evidence was gathered against version " + p.basedOnVersion() + ", but version "
                            + current.version() + " is active: submit a new revision so its evidence is current.");
        }
        // the database keeps microseconds: answer the instants as they are stored
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // One scheduled version at a time: a second would be laid over the active set, not over the
        // scheduled one, and its evidence would compare against a version it does not replace.
        Optional<PublishedVersion> pending = applicable().stream().filter(v -> v.effectiveFrom().isAfter(now)).findFirst();
        if (pending.isPresent()) {
            throw new ConflictException("version-pending", "Another version is scheduled",
                    "Version " + pending.get().version() + " takes effect at " + pending.get().effectiveFrom()
                            + "; publish after it has taken effect.");
        }
        Map<String, DmnEngine.Source> set = new LinkedHashMap<>();
        current.all().forEach(m -> set.put(m.name(), new DmnEngine.Source(m.name(), m.xml())));
        p.models().forEach(m -> set.put(m.name(), m));
        p.removedModels().forEach(set::remove);
        int number = Math.max(store.latest(), current.version()) + 1;
        VersionedModels built;
        try {
            built = VersionedModels.compile(number, p.proposalId(), List.copyOf(set.values()));
        } catch (DmnEngine.CompileException e) {
            throw new ConflictException("not-compilable", "The models do not compile", "Nothing was published: " + e.getMessage());
        }
        List<PublishedVersion.Model> models = new ArrayList<>();
        for (DeployedModel m : built.all()) {
            archive.archive(m.name(), m.namespace(), m.xml());
            models.add(new PublishedVersion.Model(m.name(), m.namespace(), m.sha256()));
        }
        PublishedVersion version = new PublishedVersion(number, p.proposalId(), p.proposalRevision(), baseline(),
                p.proposedBy(), p.approvedBy(), p.publishedBy(), now, p.effectiveFrom().isBefore(now) ? now
                        : p.effectiveFrom().truncatedTo(ChronoUnit.MICROS),
                models, p.vignettes());
        store.insert(version);
        compiled.put(number, built);
        latestSeen = -1;
        refresh();
        return version;
    }

    /** Published versions proposed against this service's baseline, in version order. */
    public List<PublishedVersion> applicable() {
        String baseline = baseline();
        return versions.stream().filter(v -> v.baseline().equals(baseline)).toList();
    }

    /** Published versions this replica does not apply: proposed against another repository baseline. */
    public List<PublishedVersion> ignored() {
        String baseline = baseline();
        return versions.stream().filter(v -> !v.baseline().equals(baseline)).toList();
    }

    /** The vignettes a version was tested with beyond the repository's test-cases/ (none for the baseline). */
    public List<JsonNode> vignettes(int version) {
        return applicable().stream().filter(v -> v.version() == version).findFirst().map(PublishedVersion::vignettes)
                .orElse(List.of());
    }

    /** The repository baseline as a version (0). */
    public VersionedModels baselineModels() {
        return VersionedModels.baseline(registry);
    }

    /** The repository baseline's identity: SHA-256 over the built-in models' names and SHA-256s. */
    public String baseline() {
        StringBuilder text = new StringBuilder();
        registry.all().stream().sorted(Comparator.comparing(DeployedModel::name))
                .forEach(m -> text.append(m.name()).append(' ').append(m.sha256()).append('\n'));
        return Sha256.hex(text.toString());
    }

    /** A published version's model set: compiled from the archived XML once, then kept. */
    public VersionedModels compiled(PublishedVersion v) {
        return compiled.computeIfAbsent(v.version(), n -> {
            List<DmnEngine.Source> sources = v.models().stream().map(m -> new DmnEngine.Source(m.name(),
                    archive.xml(m.sha256()).orElseThrow(() -> new IllegalStateException(
                            "model " + m.name() + " " + m.sha256() + " of version " + n + " is not archived")))).toList();
            return VersionedModels.compile(n, v.proposalId(), sources);
        });
    }
}
