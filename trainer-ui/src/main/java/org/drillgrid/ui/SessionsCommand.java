package org.drillgrid.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.drillgrid.cli.InputException;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.drillgrid.ui.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code drillgrid sessions list|export ID --out DIR|verify ID}: the exercise sessions in a server's
 * database (stop the server first when it uses the embedded one). {@code export} makes a session's run
 * again from its stored inputs into a run folder, for {@code drillgrid report DIR} and
 * {@code drillgrid replay DIR}.
 */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"Exercise sessions in the server's database (docs/api.md).",
                "  list              the most recent sessions",
                "  export ID --out DIR  make the session's run again into a run folder (then: drillgrid report DIR)",
                "  verify ID         replay the session from its inputs and compare with its stored log"})
public final class SessionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION", description = "list, export or verify")
    private String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "session id (export, verify)")
    private String id;

    @Option(names = "--out", paramLabel = "DIR", description = "export: the run folder to write")
    private Path out;

    @picocli.CommandLine.Mixin
    private DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        if (!action.equals("list") && id == null) {
            throw new InputException(action + " needs a session ID (see 'drillgrid sessions list')");
        }
        if (database.embedded() && !java.nio.file.Files.isRegularFile(database.data.resolve("drillgrid.mv.db"))) {
            throw new InputException("--data " + database.data + ": no Drillgrid database there");
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try (Database db = database.open()) {
            SessionStore store = new SessionStore(db.dataSource());
            SessionService sessions = new SessionService(store, ScenarioCatalog.bundled(), executor, Clock.systemUTC());
            var o = spec.commandLine().getOut();
            switch (action) {
                case "list" -> {
                    for (SessionStore.SessionRow r : store.recent(50)) {
                        o.printf("%s  %-24s %-9s t=%-7d seed %d%s%n", r.id(), r.scenarioId(), r.status(), r.simSeconds(),
                                r.seed(), r.parentId() == null ? "" : "  branch of " + r.parentId() + " at " + r.branchAt());
                    }
                }
                case "export" -> {
                    if (out == null) {
                        throw new InputException("export needs --out DIR");
                    }
                    requireSession(store);
                    var w = sessions.export(id, out);
                    o.println("exported " + w.manifest().events() + " events to " + out
                            + " (drillgrid report " + out + ")");
                }
                case "verify" -> {
                    requireSession(store);
                    var v = sessions.verify(id);
                    o.println(v.identical() ? "identical: " + v.events() + " events, sha256 " + v.replayedSha256()
                            : "DIFFERS: " + v.firstDifference());
                    o.flush();
                    return v.identical() ? 0 : 1;
                }
                default -> throw new InputException("unknown action '" + action + "': list, export or verify");
            }
            o.flush();
            return 0;
        } finally {
            executor.shutdownNow();
        }
    }

    private void requireSession(SessionStore store) {
        if (store.find(id).isEmpty()) {
            throw new InputException("no session '" + id + "' in the database");
        }
    }
}
