package org.drillgrid.engine.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.drillgrid.engine.report.ReportModel.Block;
import org.drillgrid.engine.report.ReportModel.Bullets;
import org.drillgrid.engine.report.ReportModel.Figure;
import org.drillgrid.engine.report.ReportModel.Heading;
import org.drillgrid.engine.report.ReportModel.Paragraph;
import org.drillgrid.engine.report.ReportModel.Section;
import org.drillgrid.engine.report.ReportModel.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The report as a Word document (Apache POI XWPF): the same sections, tables and figures as the HTML,
 * headings with outline levels (so Word's navigation pane and table of contents see them), each section
 * on a new page, figures scaled to the text width.
 */
public final class DocxReport {

    /** Text width of an A4/Letter page with Word's default margins, in points. */
    private static final double TEXT_WIDTH_PT = 450;
    private static final String GOOD = "EAF6EA";
    private static final String BAD = "FBEAEA";
    private static final String HEAD = "E8EEF4";

    private DocxReport() {
    }

    public static void write(ReportModel m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            headingStyle(styles, "Title", "Title", 0);
            headingStyle(styles, "Heading1", "heading 1", 0);
            headingStyle(styles, "Heading2", "heading 2", 1);
            text(doc.createParagraph(), "Title", m.title(), 20, true);
            text(doc.createParagraph(), null, m.subtitle(), 12, false);
            boolean first = true;
            for (Section s : m.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setPageBreak(!first);
                first = false;
                text(h, "Heading1", s.heading(), 16, true);
                for (Block b : s.blocks()) {
                    block(doc, b);
                }
            }
            doc.write(out);
        }
    }

    private static void headingStyle(XWPFStyles styles, String id, String name, int outline) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewQFormat();
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        XWPFStyle style = new XWPFStyle(ct);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(style);
    }

    private static XWPFRun text(XWPFParagraph p, String style, String text, int size, boolean bold) {
        if (style != null) {
            p.setStyle(style);
        }
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }

    private static void block(XWPFDocument doc, Block b) throws IOException {
        if (b instanceof Heading h) {
            text(doc.createParagraph(), "Heading2", h.text(), 13, true);
        } else if (b instanceof Paragraph p) {
            text(doc.createParagraph(), null, p.text(), 10, false);
        } else if (b instanceof Bullets list) {
            for (String item : list.items()) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(360);
                p.setIndentationHanging(240);
                text(p, null, "•\t" + item, 10, false);
            }
        } else if (b instanceof Table t) {
            table(doc, t);
        } else if (b instanceof Figure f) {
            figure(doc, f);
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        boolean header = t.header().stream().anyMatch(h -> !h.isEmpty());
        int rows = t.rows().size() + (header ? 1 : 0);
        if (rows == 0) {
            return;
        }
        XWPFTable table = doc.createTable(rows, t.header().size());
        table.setWidth("100%");
        int r = 0;
        if (header) {
            XWPFTableRow row = table.getRow(r++);
            row.setRepeatHeader(true);
            fill(row, t.header(), HEAD, true);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            String tone = t.tone().get(i);
            fill(table.getRow(r++), t.rows().get(i), "good".equals(tone) ? GOOD : "bad".equals(tone) ? BAD : null,
                    false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, String shade, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (shade != null) {
                cell.setColor(shade);
            }
            text(cell.getParagraphs().get(0), null, cells.get(c), 9, bold);
        }
    }

    private static void figure(XWPFDocument doc, Figure f) throws IOException {
        double w = Math.min(TEXT_WIDTH_PT, f.widthPx() * 0.75);
        double h = w * f.heightPx() / f.widthPx();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(f.png()), PictureType.PNG, "figure.png",
                    Units.toEMU(w), Units.toEMU(h));
        } catch (InvalidFormatException e) {
            throw new IOException("cannot embed a PNG figure in the Word document", e);
        }
        text(doc.createParagraph(), null, f.caption(), 9, false).setItalic(true);
    }
}
