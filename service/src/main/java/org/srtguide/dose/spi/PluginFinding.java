package org.srtguide.dose.spi;

import org.srtguide.dose.check.Verdict;

/** One result of a plugin: what it measured, against what, and its verdict. */
public record PluginFinding(String checkId, String structure, String metric, String unit, Double value,
        Double limit, Verdict verdict, String reason, String source) {
}
