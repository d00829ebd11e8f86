package org.srtguide.decision;

/** A DMN engine message as recorded: severity, type and text (no input values are quoted). */
public record DmnMessageRecord(String severity, String type, String text, String sourceId) {
}
