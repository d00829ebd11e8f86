package org.srtguide.committee;

import java.util.ArrayList;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;

/**
 * A small document model written once and rendered as Markdown and as standalone HTML by the Qute
 * templates in {@code templates/ReportDocument/}: HTML auto-escaped by Qute, Markdown through
 * {@link #md}, so committee text cannot break either layout.
 */
final class ReportDocument {
    private final List<Block> blocks = new ArrayList<>();

    /** One block; the templates switch on {@code kind} (heading, paragraph, items, table). */
    record Block(String kind, int level, String text, List<String> items, List<String> headers, List<List<String>> rows) {
        public String hashes() {
            return "#".repeat(level);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance html(String title, List<Block> blocks);

        static native TemplateInstance markdown(List<Block> blocks);
    }

    ReportDocument heading(int level, String text) {
        blocks.add(new Block("heading", level, text, List.of(), List.of(), List.of()));
        return this;
    }

    ReportDocument paragraph(String text) {
        blocks.add(new Block("paragraph", 0, text, List.of(), List.of(), List.of()));
        return this;
    }

    ReportDocument items(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Block("items", 0, null, List.copyOf(items), List.of(), List.of()));
        }
        return this;
    }

    ReportDocument table(List<String> headers, List<List<String>> rows) {
        if (!rows.isEmpty()) {
            blocks.add(new Block("table", 0, null, List.of(), List.copyOf(headers), List.copyOf(rows)));
        }
        return this;
    }

    String markdown() {
        return Templates.markdown(blocks).render();
    }

    String html(String title) {
        return Templates.html(title, blocks).render();
    }

    /** Markdown-significant characters and line breaks neutralised (a template extension: {@code {text.md}}). */
    @TemplateExtension
    static String md(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
                .replace("_", "\\_").replace("`", "\\`").replace("\r", "").replace("\n", " ");
    }

    /** {@link #md} for a table cell, whose column separator is escaped too: {@code {cell.mdCell}}. */
    @TemplateExtension
    static String mdCell(String text) {
        return md(text).replace("|", "\\|");
    }
}
