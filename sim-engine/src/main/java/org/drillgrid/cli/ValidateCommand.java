package org.drillgrid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code drillgrid validate FILE|ID}: every violation, one line each, exit 2; or a one-line summary, exit 0. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file or bundled scenario and its layer files.",
                "Prints every violation as '<json-path>: <message>' on stderr and exits 2; exits 0 when valid."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioArgument scenario;

    @Override
    public Integer call() throws IOException, ScenarioException {
        LoadedScenario loaded = scenario.load();
        Scenario s = loaded.scenario();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ok: %s (%s): %d x %d cells of %s m, %s, layers %s, %d teams, %d depots, "
                        + "%d shelters, %d injects%n",
                s.id(), s.nameOrId().in(Locale.ENGLISH), s.grid().cols(), s.grid().rows(),
                java.math.BigDecimal.valueOf(s.grid().cellSize()).stripTrailingZeros().toPlainString(), s.duration(), String.join(",", loaded.layers().keySet().stream().sorted().toList()),
                s.forcesOrNone().teamsOrEmpty().size(), s.forcesOrNone().depotsOrEmpty().size(),
                s.forcesOrNone().sheltersOrEmpty().size(), s.drillOrEmpty().injectsOrEmpty().size());
        out.flush();
        return 0;
    }
}
