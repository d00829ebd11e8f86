package org.srtguide.metrics;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Decision counters for Prometheus ({@code /q/metrics}, admin only). Labels are model names from the
 * registry and the codes the models returned, never request values: anything that is not a code
 * (upper-case letters, digits, underscores) is counted as {@value #OTHER}, so label cardinality is
 * bounded by the models' allowed values whatever a request carries.
 */
@ApplicationScoped
public class DecisionMetrics {
    static final String ASSESSMENTS = "srt.assessments";
    static final String DECISIONS = "srt.decisions";
    static final String NONE = "NONE";
    static final String OTHER = "OTHER";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final MeterRegistry registry;

    DecisionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One completed assessment, by the pathway recommended and the recurrence status found. */
    public void assessed(String pathway, String recurrenceStatus) {
        Counter.builder(ASSESSMENTS).description("Completed assessments by recommended pathway and recurrence status")
                .tag("pathway", code(pathway)).tag("recurrence", code(recurrenceStatus))
                .register(registry).increment();
    }

    /** One completed evaluation of a deployed model through its own endpoint. */
    public void decided(String modelName) {
        Counter.builder(DECISIONS).description("Completed per-model decisions by model")
                .tag("model", modelName).register(registry).increment();
    }

    static String code(String value) {
        if (value == null) {
            return NONE;
        }
        return CODE.matcher(value).matches() ? value : OTHER;
    }
}
