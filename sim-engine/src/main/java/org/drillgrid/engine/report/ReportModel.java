package org.drillgrid.engine.report;

import java.util.List;

/**
 * A report as the writers see it: a title and sections of headings, paragraphs, bullet lists, tables and
 * PNG figures, all text already in the report's language. HTML and Word render the same model, so both
 * files say the same thing.
 */
public record ReportModel(String lang, String title, String subtitle, List<Section> sections) {

    public ReportModel {
        sections = List.copyOf(sections);
    }

    /** A numbered part of the report; {@code id} is a stable anchor (summary, objectives, ...). */
    public record Section(String id, String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** One piece of a section. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Figure {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /**
     * A table; {@code tone} per row (same length as rows) is {@code good}, {@code bad} or empty, for the
     * writers to shade criteria met and not met.
     */
    public record Table(List<String> header, List<List<String>> rows, List<String> tone) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            tone = List.copyOf(tone);
            if (tone.size() != rows.size()) {
                throw new IllegalArgumentException("tone has " + tone.size() + " entries for " + rows.size() + " rows");
            }
        }

        public static Table of(List<String> header, List<List<String>> rows) {
            return new Table(header, rows, rows.stream().map(r -> "").toList());
        }
    }

    /** A PNG image with its caption; {@code widthPx} and {@code heightPx} are the image's own size. */
    public record Figure(byte[] png, int widthPx, int heightPx, String caption) implements Block {
    }
}
