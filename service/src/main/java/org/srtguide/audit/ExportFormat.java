package org.srtguide.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.srtguide.api.InvalidInputException;

/**
 * Export encodings. NDJSON: one record per line, exactly as served by GET /api/audit/{id}. CSV
 * (RFC 4180): the filter and chain columns, then the hashed record text, so an export can be
 * re-verified offline.
 */
enum ExportFormat {
    NDJSON("application/x-ndjson") {
        @Override
        void header(Writer out) {
        }

        @Override
        void row(Writer out, StoredRecord r) throws IOException {
            out.write(r.json());
            out.write('\n');
        }
    },
    CSV("text/csv") {
        @Override
        void header(Writer out) throws IOException {
            CSVFormat.RFC4180.printRecord(out, (Object[]) CSV_COLUMNS);
        }

        @Override
        void row(Writer out, StoredRecord r) throws IOException {
            String models = r.modelNames().length() <= 2 ? "" : r.modelNames().substring(1, r.modelNames().length() - 1);
            CSVFormat.RFC4180.printRecord(out, r.id(), r.writerId(), r.sequence(), r.recordedAt().toInstant(),
                    r.principal(), r.endpoint(), r.asOf(), models, r.durationMicros(), r.previousHash(), r.hash(),
                    r.recordJson());
        }
    };

    private static final String[] CSV_COLUMNS = { "id", "writer_id", "sequence", "timestamp", "principal", "endpoint",
        "as_of", "models", "duration_micros", "previous_hash", "hash", "record_json" };

    final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    abstract void header(Writer out) throws IOException;

    abstract void row(Writer out, StoredRecord record) throws IOException;

    static ExportFormat of(String name) {
        if (name == null || name.isBlank()) {
            return NDJSON;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "ndjson or csv");
        }
    }
}
