package org.srtguide.dose.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A top-down writer over PDFBox: landscape A4 pages, a cursor that moves down and opens a new page
 * when needed, text in the standard Helvetica fonts (WinAnsi: characters outside it are spelled out
 * or replaced). The document ID is set from the caller's key so that the same input gives the same bytes.
 */
final class PdfCanvas implements AutoCloseable {
    static final float MARGIN = 36;
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument doc = new PDDocument();
    private PDPageContentStream out;
    private float y;

    PdfCanvas() {
        newPage();
    }

    float y() {
        return y;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    /** Moves the cursor down by {@code height}, first opening a new page if that would cross the bottom margin. */
    float reserve(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
        float top = y;
        y -= height;
        return top;
    }

    /** Opens a new page unless {@code height} still fits on this one (keeps a heading with what follows). */
    void keep(float height) {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void text(float x, float baseline, String s, PDType1Font font, float size) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN + x, baseline);
            out.showText(safe(s, font));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph wrapped to {@code maxWidth}, one line after another. */
    void paragraph(String s, PDType1Font font, float size, float indent) {
        for (String line : wrap(safe(s, font), font, size, width() - indent)) {
            float top = reserve(size + 3);
            text(indent, top - size, line, font, size);
        }
    }

    /** Clips {@code s} to {@code maxWidth}, ending it with "..." when cut. */
    String fit(String s, PDType1Font font, float size, float maxWidth) {
        String t = safe(s, font);
        if (width(t, font, size) <= maxWidth) {
            return t;
        }
        while (!t.isEmpty() && width(t + "...", font, size) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "...";
    }

    void colour(String hex, boolean fill) {
        float r = Integer.parseInt(hex.substring(1, 3), 16) / 255f;
        float g = Integer.parseInt(hex.substring(3, 5), 16) / 255f;
        float b = Integer.parseInt(hex.substring(5, 7), 16) / 255f;
        try {
            if (fill) {
                out.setNonStrokingColor(r, g, b);
            } else {
                out.setStrokingColor(r, g, b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDPageContentStream stream() {
        return out;
    }

    byte[] bytes(String documentKey) {
        try {
            out.close();
            byte[] id = documentKey.getBytes(StandardCharsets.US_ASCII);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PAGE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String s, PDType1Font font, float size) {
        try {
            return font.getStringWidth(s) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String s, PDType1Font font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, size) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Text the standard font can encode: common symbols spelled out, anything else '?'. */
    static String safe(String s, PDType1Font font) {
        if (s == null) {
            return "";
        }
        String t = s.replace("≤", "<=").replace("≥", ">=").replace("→", "->").replace("α", "alpha").replace("β", "beta")
                .replace("±", "+/-").replace("\n", " ").replace("\t", " ");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            try {
                font.encode(String.valueOf(ch));
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        }
        return out.toString();
    }
}
