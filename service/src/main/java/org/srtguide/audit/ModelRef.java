package org.srtguide.audit;

/** A deployed DMN model version: the SHA-256 is of the XML as deployed. */
public record ModelRef(String namespace, String name, String sha256) {
}
