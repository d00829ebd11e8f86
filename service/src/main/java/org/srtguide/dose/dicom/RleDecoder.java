package org.srtguide.dose.dicom;

/**
 * Decodes one RLE Lossless frame (DICOM PS3.5 Annex G): a 64-byte header with the number of
 * segments and their offsets (little endian), then one PackBits segment per byte plane, most
 * significant byte first. Returns the frame's samples as little-endian bytes.
 */
final class RleDecoder {
    private RleDecoder() {
    }

    static byte[] frame(byte[] fragment, int pixels, int bytesPerSample) {
        if (fragment.length < 64) {
            throw new DicomFormatException("RLE frame shorter than its 64-byte header");
        }
        int segments = (int) u32(fragment, 0);
        if (segments != bytesPerSample) {
            throw new DicomFormatException("RLE frame has " + segments + " segments, expected " + bytesPerSample
                    + " (one per byte of a single-sample pixel)");
        }
        byte[] out = new byte[pixels * bytesPerSample];
        for (int seg = 0; seg < segments; seg++) {
            int start = (int) u32(fragment, 4 + 4 * seg);
            int end = seg + 1 < segments ? (int) u32(fragment, 8 + 4 * seg) : fragment.length;
            if (start < 64 || end > fragment.length || start > end) {
                throw new DicomFormatException("RLE segment " + seg + " has offsets outside the frame");
            }
            // Segment 0 holds the most significant bytes; little-endian output puts them last.
            unpack(fragment, start, end, out, bytesPerSample - 1 - seg, bytesPerSample, pixels);
        }
        return out;
    }

    private static void unpack(byte[] in, int from, int end, byte[] out, int offset, int stride, int pixels) {
        int p = from;
        int n = 0;
        while (p < end && n < pixels) {
            int header = in[p++];
            if (header >= 0) {
                int count = header + 1;
                for (int i = 0; i < count && n < pixels && p < end; i++) {
                    out[n++ * stride + offset] = in[p++];
                }
            } else if (header != -128) {
                int count = 1 - header;
                byte value = p < end ? in[p++] : 0;
                for (int i = 0; i < count && n < pixels; i++) {
                    out[n++ * stride + offset] = value;
                }
            }
        }
        if (n < pixels) {
            throw new DicomFormatException("RLE segment decodes to " + n + " samples, expected " + pixels);
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
