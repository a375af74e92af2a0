package org.drillgrid.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Word report opens with POI and holds the same objectives, counts and figures as the HTML. */
class DocxReportTest {

    @TempDir
    Path tmp;

    private XWPFDocument docx(String lang) throws Exception {
        RunFolder run = RunFolder.read(RunFixture.copyTo(tmp.resolve("run-" + lang)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxReport.write(AfterActionReport.build(run, Labels.of(lang)), out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String allText(XWPFDocument doc) {
        String paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        String tables = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
        return paragraphs + "\n" + tables;
    }

    @Test
    void holdsTheObjectivesTheirValuesAndTheCounts() throws Exception {
        try (XWPFDocument zh = docx("zh"); XWPFDocument en = docx("en")) {
            String z = allText(zh);
            String e = allText(en);
            assertTrue(z.contains("预警发布与响应联动") && z.contains("因灾死亡人数控制"), "objective names (zh)");
            assertTrue(e.contains("Warnings reach people") && e.contains("Keep deaths down"), "objective names (en)");
            assertTrue(e.contains("87.25 %") && e.contains("0.5 per million") && e.contains("1 / 2"), "criterion values");
            assertTrue(e.contains("T+0:30") && e.contains("The weather office issues a blue rainstorm warning")
                    && e.contains("T+1:00") && e.contains("The north dike is breached"), "injects by their messages");
            assertTrue(tableRow(en, "Orders issued", "2") && tableRow(en, "Orders rejected", "1")
                    && tableRow(en, "Injects fired", "2"), "counts of order-issued, order-rejected, inject-fired lines");
            assertEquals("Heading1", zh.getParagraphs().stream().filter(p -> p.getText().equals("1 概况")).findFirst()
                    .orElseThrow().getStyle());
        }
    }

    private static boolean tableRow(XWPFDocument doc, String key, String value) {
        return doc.getTables().stream().flatMap(t -> t.getRows().stream())
                .anyMatch(r -> r.getTableCells().size() >= 2 && r.getCell(0).getText().equals(key)
                        && r.getCell(1).getText().equals(value));
    }

    @Test
    void embedsEveryFigureAsAPng() throws Exception {
        try (XWPFDocument doc = docx("en")) {
            List<XWPFPictureData> placed = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream()).map(XWPFPicture::getPictureData).toList();
            assertEquals(5, placed.size(), "2 charts + 3 maps");
            for (XWPFPictureData p : placed) {
                assertNotNull(ImageIO.read(new ByteArrayInputStream(p.getData())), p.getFileName());
            }
        }
    }
}
