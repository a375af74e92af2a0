package org.drillgrid.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.drillgrid.engine.api.SimulationRun;
import org.drillgrid.engine.record.RunManifest;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.OrderException;
import org.drillgrid.model.order.OrderReader;
import org.drillgrid.model.validate.LoadedScenario;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.model.validate.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drillgrid replay DIR}: makes a headless run again from its {@code run.json} (scenario, seed, end,
 * policy, orders) and checks that the new event log is byte for byte the old one (same SHA-256).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Run DIR's scenario again with its seed, policy and orders and verify the event log",
                "is identical (SHA-256). Exit 0 when it is, 1 when it differs (the first differing line is shown)."})
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder of a 'drillgrid run'")
    private Path dir;

    @Override
    public Integer call() throws IOException, ScenarioException {
        if (!Files.isRegularFile(dir.resolve(RunManifest.FILE))) {
            throw new InputException(dir + ": no " + RunManifest.FILE + " (not the folder of a 'drillgrid run')");
        }
        RunManifest m = RunManifest.read(dir);
        Path log = dir.resolve("events.jsonl");
        if (!Files.isRegularFile(log)) {
            throw new InputException(dir + ": no events.jsonl to compare with");
        }
        LoadedScenario loaded = ScenarioLoader.load(ScenarioArgument.resolve(m.source()));
        List<Order> orders = List.of();
        if (m.orders() != null) {
            try {
                orders = OrderReader.readFile(dir.resolve(m.orders()));
            } catch (OrderException e) {
                throw new InputException(e.getMessage());
            }
        }
        List<Object> inputs = m.inputs() == null ? List.of()
                : org.drillgrid.engine.record.RunOutputs.readInputs(dir.resolve(m.inputs()));
        Path again = Files.createTempFile("drillgrid-replay", ".jsonl");
        try {
            long started = System.nanoTime();
            try (SimulationRun run = SimulationRun.start(loaded, m.seed(), m.until(), again, Policy.of(m.policy()),
                    orders)) {
                org.drillgrid.engine.record.RunOutputs.queue(run, inputs);
                long stopAt = m.stoppedAt() == null ? Long.MAX_VALUE : m.stoppedAt();
                while (run.now() < stopAt && run.step()) {
                    // at full speed
                }
                run.stop(); // a run its controller stopped ends as it did
            }
            double wall = (System.nanoTime() - started) / 1e9;
            String original = RunManifest.sha256(log);
            String replayed = RunManifest.sha256(again);
            var out = spec.commandLine().getOut();
            if (!original.equals(m.eventsSha256())) {
                out.println("warning: events.jsonl changed since the run (run.json says " + m.eventsSha256() + ")");
            }
            if (original.equals(replayed)) {
                out.printf("replay identical: sha256 %s, %d events, %.1f s%n", replayed, m.events(), wall);
                out.flush();
                return 0;
            }
            out.println("replay DIFFERS: " + original + " before, " + replayed + " now");
            out.println(firstDifference(log, again));
            out.flush();
            return 1;
        } finally {
            Files.deleteIfExists(again);
        }
    }

    private static String firstDifference(Path a, Path b) throws IOException {
        try (BufferedReader x = Files.newBufferedReader(a, StandardCharsets.UTF_8);
                BufferedReader y = Files.newBufferedReader(b, StandardCharsets.UTF_8)) {
            for (int line = 1;; line++) {
                String p = x.readLine();
                String q = y.readLine();
                if (p == null && q == null) {
                    return "same lines; the files differ in their line endings";
                }
                if (p == null || !p.equals(q)) {
                    return "first difference at line " + line + ":\n  before: " + p + "\n  now:    " + q;
                }
            }
        }
    }
}
