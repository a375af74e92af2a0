package org.drillgrid.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.drillgrid.cli.Cli;
import org.drillgrid.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drillgrid report}: files written, and bad input as one line on stderr with exit code 2. */
class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesHtmlAndDocx() throws Exception {
        Path dir = RunFixture.copyTo(tmp.resolve("run"));
        Path html = tmp.resolve("out/aar.html");
        Path docx = tmp.resolve("out/aar.docx");
        CliRun r = CliRun.of("report", dir.toString(), "--out", html.toString(), "--docx", docx.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("written " + html) && r.out().contains("written " + docx), r.out());
        assertTrue(Files.readString(html).contains("<html lang=\"en\">"));
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            assertFalse(d.getTables().isEmpty());
        }
    }

    @Test
    void defaultsToChineseInDirReportHtml() throws Exception {
        Path dir = RunFixture.copyTo(tmp.resolve("run"));
        assertEquals(0, CliRun.of("report", dir.toString()).code());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("演练总结评估报告与改进计划"));
    }

    @Test
    void badInputIsOneLineAndExit2() throws Exception {
        Path dir = RunFixture.copyTo(tmp.resolve("run"));
        CliRun lang = CliRun.of("report", dir.toString(), "--lang", "fr");
        assertEquals(Cli.INVALID_INPUT, lang.code());
        assertEquals("drillgrid report: --lang must be zh or en, is 'fr'", lang.err().strip());

        Files.writeString(dir.resolve("events.jsonl"), "{\"t\":0,\"type\":\"run-started\"\nnot json\n");
        CliRun garbled = CliRun.of("report", dir.toString());
        assertEquals(Cli.INVALID_INPUT, garbled.code());
        assertTrue(garbled.err().startsWith("drillgrid report: " + dir.resolve("events.jsonl") + ": event log line 1: "),
                garbled.err());
        assertEquals(1, garbled.err().strip().lines().count(), "no stack trace");

        CliRun missing = CliRun.of("report", tmp.resolve("nowhere").toString());
        assertEquals(Cli.INVALID_INPUT, missing.code());
        assertTrue(missing.err().contains("nowhere: not a folder"), missing.err());
    }
}
