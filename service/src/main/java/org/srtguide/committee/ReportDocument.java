package org.srtguide.committee;

import java.util.ArrayList;
import java.util.List;

/** A small document model written once and rendered as Markdown and as standalone HTML (text always escaped). */
final class ReportDocument {
    private final List<Block> blocks = new ArrayList<>();

    private sealed interface Block permits Heading, Paragraph, Items, Table {
    }

    private record Heading(int level, String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Items(List<String> items) implements Block {
    }

    private record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    ReportDocument heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    ReportDocument paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    ReportDocument items(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Items(List.copyOf(items)));
        }
        return this;
    }

    ReportDocument table(List<String> headers, List<List<String>> rows) {
        if (!rows.isEmpty()) {
            blocks.add(new Table(List.copyOf(headers), List.copyOf(rows)));
        }
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(mdText(h.text())).append("\n\n");
            } else if (block instanceof Paragraph p) {
                out.append(mdText(p.text())).append("\n\n");
            } else if (block instanceof Items l) {
                l.items().forEach(i -> out.append("- ").append(mdText(i)).append('\n'));
                out.append('\n');
            } else if (block instanceof Table t) {
                out.append(row(t.headers())).append('|').append(" --- |".repeat(t.headers().size())).append('\n');
                t.rows().forEach(r -> out.append(row(r)));
                out.append('\n');
            }
        }
        return out.toString();
    }

    String html(String title) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>body{font-family:sans-serif;max-width:70em;margin:2em auto;}"
                        + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.2em .5em;"
                        + "vertical-align:top;text-align:left}code{white-space:pre-wrap}</style></head><body>\n");
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof Items l) {
                out.append("<ul>");
                l.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>"));
                out.append("</ul>\n");
            } else if (block instanceof Table t) {
                out.append("<table><thead><tr>");
                t.headers().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
                out.append("</tr></thead><tbody>\n");
                for (List<String> r : t.rows()) {
                    out.append("<tr>");
                    r.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
                    out.append("</tr>\n");
                }
                out.append("</tbody></table>\n");
            }
        }
        return out.append("</body></html>\n").toString();
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        cells.forEach(c -> out.append(' ').append(mdText(c).replace("|", "\\|")).append(" |"));
        return out.append('\n').toString();
    }

    /** Markdown-significant characters and line breaks are neutralised so committee text cannot break the layout. */
    static String mdText(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;").replace("*", "\\*")
                .replace("_", "\\_").replace("`", "\\`").replace("\r", "").replace("\n", " ");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
