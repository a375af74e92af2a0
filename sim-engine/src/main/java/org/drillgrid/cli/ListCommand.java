package org.drillgrid.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.drillgrid.model.catalog.ScenarioCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code drillgrid list}: the bundled scenarios, id and name. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the bundled scenarios: id, Chinese name, English name.")
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var entries = ScenarioCatalog.bundled().entries();
        int width = entries.stream().mapToInt(e -> e.id().length()).max().orElse(0);
        for (var e : entries) {
            out.printf("%-" + width + "s  %s | %s%n", e.id(), e.name().in(Locale.CHINA), e.name().in(Locale.ENGLISH));
        }
        if (entries.isEmpty()) {
            spec.commandLine().getErr().println("no bundled scenarios on the classpath");
        }
        out.flush();
        return 0;
    }
}
