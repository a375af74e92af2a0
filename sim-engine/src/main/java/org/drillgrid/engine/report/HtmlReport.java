package org.drillgrid.engine.report;

import java.util.Base64;
import java.util.List;
import org.drillgrid.engine.report.ReportModel.Block;
import org.drillgrid.engine.report.ReportModel.Bullets;
import org.drillgrid.engine.report.ReportModel.Figure;
import org.drillgrid.engine.report.ReportModel.Heading;
import org.drillgrid.engine.report.ReportModel.Paragraph;
import org.drillgrid.engine.report.ReportModel.Section;
import org.drillgrid.engine.report.ReportModel.Table;

/**
 * The report as one self-contained HTML page: no external files, images as PNG data URIs, CSS that
 * prints well (each section on a new page, tables repeat their header, figures kept whole).
 */
public final class HtmlReport {

    private static final String CSS = """
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Helvetica Neue", Arial, sans-serif;
                   margin: 2em auto; max-width: 1100px; color: #222; line-height: 1.45; padding: 0 1em; }
            h1 { font-size: 1.7em; margin-bottom: 0.1em; }
            .subtitle { color: #555; margin-top: 0; }
            h2 { border-bottom: 2px solid #2b5c8a; padding-bottom: 0.2em; margin-top: 1.6em; color: #2b5c8a; }
            h3 { margin-bottom: 0.3em; }
            table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 0.9em; }
            th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
            th { background: #e8eef4; }
            tr.good td { background: #eaf6ea; }
            tr.bad td { background: #fbeaea; }
            figure { margin: 1em 0; page-break-inside: avoid; break-inside: avoid; }
            figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { font-size: 0.85em; color: #444; }
            nav ol { columns: 2; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10pt; }
              nav { display: none; }
              section { page-break-before: always; break-before: page; }
              section#summary { page-break-before: avoid; break-before: avoid; }
              thead { display: table-header-group; }
              tr, img { page-break-inside: avoid; break-inside: avoid; }
              tr.good td, tr.bad td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private HtmlReport() {
    }

    public static String render(ReportModel m) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.lang())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(m.title())).append(" — ").append(esc(m.subtitle())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(esc(m.title())).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(esc(m.subtitle())).append("</p>\n<nav><ol>\n");
        for (Section s : m.sections()) {
            sb.append("<li><a href=\"#").append(esc(s.id())).append("\">").append(esc(s.heading())).append("</a></li>\n");
        }
        sb.append("</ol></nav>\n");
        for (Section s : m.sections()) {
            sb.append("<section id=\"").append(esc(s.id())).append("\">\n<h2>").append(esc(s.heading())).append("</h2>\n");
            for (Block b : s.blocks()) {
                block(sb, b);
            }
            sb.append("</section>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void block(StringBuilder sb, Block b) {
        if (b instanceof Heading h) {
            sb.append("<h3>").append(esc(h.text())).append("</h3>\n");
        } else if (b instanceof Paragraph p) {
            sb.append("<p>").append(esc(p.text())).append("</p>\n");
        } else if (b instanceof Bullets list) {
            sb.append("<ul>\n");
            list.items().forEach(i -> sb.append("<li>").append(esc(i)).append("</li>\n"));
            sb.append("</ul>\n");
        } else if (b instanceof Table t) {
            table(sb, t);
        } else if (b instanceof Figure f) {
            sb.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(f.png()))
                    .append("\" width=\"").append(f.widthPx()).append("\" height=\"").append(f.heightPx())
                    .append("\" alt=\"").append(esc(f.caption())).append("\">\n<figcaption>").append(esc(f.caption()))
                    .append("</figcaption></figure>\n");
        }
    }

    private static void table(StringBuilder sb, Table t) {
        sb.append("<table>\n");
        if (t.header().stream().anyMatch(h -> !h.isEmpty())) {
            sb.append("<thead><tr>");
            t.header().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
            sb.append("</tr></thead>\n");
        }
        sb.append("<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            String tone = t.tone().get(r);
            sb.append(tone.isEmpty() ? "<tr>" : "<tr class=\"" + esc(tone) + "\">");
            List<String> row = t.rows().get(r);
            row.forEach(c -> sb.append("<td>").append(esc(c)).append("</td>"));
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
