package org.drillgrid.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.library.ExercisePackage;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drillgrid package ID|FILE --out X.zip}: a scenario with its layer files and runs as one zip. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Pack a scenario, all its layer files and optionally finished runs into one zip",
                "(an exercise package, docs/packages.md) that 'drillgrid import' reads elsewhere."})
final class PackageCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID|FILE",
            description = "bundled scenario id, library scenario id or id@N (in --data), or scenario file or folder")
    private String scenario;

    @Option(names = "--out", required = true, paramLabel = "X.zip", description = "the package to write")
    private Path out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder whose library/ holds library scenarios (default: ./data)")
    private Path data;

    @Option(names = "--runs", arity = "1..*", paramLabel = "DIR",
            description = "run folders (of 'drillgrid run' or a session export) to add")
    private List<Path> runs = new ArrayList<>();

    @Option(names = "--by", paramLabel = "NAME", description = "who made the package (default: the login name)")
    private String by = System.getProperty("user.name", "unknown");

    @Override
    public Integer call() throws IOException, ScenarioException {
        ScenarioSource source = ScenarioArgument.resolve(scenario,
                ScenarioCatalog.bundled().with(new ScenarioLibrary(data)));
        for (Path run : runs) {
            if (!Files.isDirectory(run)) {
                throw new InputException("--runs " + run + ": no such folder");
            }
        }
        if (Files.isDirectory(out)) {
            throw new InputException("--out " + out + " is a folder, not a zip file");
        }
        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        // written beside the target and moved into place: a failed export leaves no half zip
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        ExercisePackage.Manifest m;
        try {
            try (OutputStream o = Files.newOutputStream(temp)) {
                m = ExercisePackage.export(source, runs, by, o);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "packaged %s (%s): %d files, %d run%s, %d bytes%n",
                m.version() > 0 ? m.id() + "@" + m.version() : m.id(), m.name().in(Locale.ENGLISH), m.files().size(),
                m.runs().size(), m.runs().size() == 1 ? "" : "s", Files.size(target));
        w.println("written to " + target);
        w.flush();
        return Cli.OK;
    }
}
