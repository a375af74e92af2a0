package org.drillgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.library.ExercisePackage;
import org.drillgrid.model.library.PackageException;
import org.drillgrid.model.library.ScenarioLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drillgrid import X.zip}: checks an exercise package and adds it to the data folder's library. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Check an exercise package (limits, names, digests, the scenario) and add its scenario",
                "and runs to DIR/library. A refused package changes nothing; the reason is on stderr, exit 2."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "X.zip", description = "the package")
    private Path zip;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "data folder whose library/ receives the scenario (default: ./data)")
    private Path data;

    @Option(names = "--by", paramLabel = "NAME", description = "who imports (default: the login name)")
    private String by = System.getProperty("user.name", "unknown");

    @Override
    public Integer call() throws IOException {
        ScenarioLibrary library = new ScenarioLibrary(data);
        ExercisePackage.Imported imported;
        try {
            imported = ExercisePackage.importInto(zip, library, ScenarioCatalog.bundled()::reserved, by);
        } catch (PackageException e) {
            throw new InputException(zip + " refused: " + e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.println("imported " + imported.id() + "@" + imported.version()
                + (imported.alreadyPresent() ? " (already present)" : ""));
        if (!imported.runs().isEmpty()) {
            w.println("runs: " + String.join(", ", imported.runs()));
        }
        imported.notes().forEach(n -> w.println("note: " + n));
        w.println("library: " + library.root());
        w.flush();
        return Cli.OK;
    }
}
