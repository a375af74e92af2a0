package org.drillgrid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.drillgrid.engine.report.AfterActionReport;
import org.drillgrid.engine.report.DocxReport;
import org.drillgrid.engine.report.HtmlReport;
import org.drillgrid.engine.report.Labels;
import org.drillgrid.engine.report.ReportModel;
import org.drillgrid.engine.report.RunFolder;
import org.drillgrid.engine.report.RunFolderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drillgrid report DIR [--out report.html] [--docx report.docx] [--lang zh|en]}: the AAR/IP of a finished run. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the after-action report / improvement plan (HSEEP style) of a finished run.",
                "Reads DIR/events.jsonl and, where present, run.json, scorecard.json, metrics.json, kpis.csv and",
                "grids/*.asc; writes one self-contained HTML file and, with --docx, a Word document."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "the run folder (the --out of 'drillgrid run')")
    private Path dir;

    @Option(names = "--out", paramLabel = "FILE", description = "HTML file to write (default: DIR/report.html)")
    private Path out;

    @Option(names = "--docx", paramLabel = "FILE", description = "also write the report as a Word document")
    private Path docx;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "language of the report: zh (default) or en")
    private String lang;

    @Override
    public Integer call() throws IOException {
        if (!"zh".equals(lang) && !"en".equals(lang)) {
            throw new InputException("--lang must be zh or en, is '" + lang + "'");
        }
        RunFolder run;
        try {
            run = RunFolder.read(dir);
        } catch (RunFolderException e) {
            throw new InputException(e.getMessage());
        }
        ReportModel model = AfterActionReport.build(run, Labels.of(lang));
        Path html = out != null ? out : dir.resolve("report.html");
        createParent(html);
        Files.writeString(html, HtmlReport.render(model), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("written " + html);
        if (docx != null) {
            createParent(docx);
            try (OutputStream o = Files.newOutputStream(docx)) {
                DocxReport.write(model, o);
            }
            spec.commandLine().getOut().println("written " + docx);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void createParent(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new InputException(file + " is a folder, not a file");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
