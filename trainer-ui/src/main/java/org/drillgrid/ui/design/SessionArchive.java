package org.drillgrid.ui.design;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.api.RunStatus;
import org.drillgrid.engine.report.AfterActionReport;
import org.drillgrid.engine.report.HtmlReport;
import org.drillgrid.engine.report.Labels;
import org.drillgrid.engine.report.RunFolder;
import org.drillgrid.engine.report.RunFolderException;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;

/**
 * The finished exercises of a scenario, made into run folders for an exercise package: each session is
 * re-simulated from its stored inputs into {@code drillgrid run}'s outputs (events, metrics, scorecard,
 * run.json), and its after-action report is added as {@code report.html}.
 */
final class SessionArchive {

    /** How many of the latest sessions are searched for a scenario's finished ones. */
    static final int SEARCHED = 1000;

    private SessionArchive() {
    }

    /** Finished sessions that ran this scenario version (exercises store a library scenario as {@code id@version}). */
    static List<SessionStore.SessionRow> finished(SessionService sessions, String id, int version) {
        String ref = id + "@" + version;
        return sessions.store().recent(SEARCHED).stream()
                .filter(r -> r.scenarioId().equals(ref))
                .filter(r -> r.status().equals(RunStatus.FINISHED.name()) && r.simSeconds() > 0)
                .toList();
    }

    /** Writes one run folder per session under {@code into}; returns them. */
    static List<Path> export(SessionService sessions, List<SessionStore.SessionRow> rows, Path into, String lang)
            throws ScenarioException, IOException {
        List<Path> out = new ArrayList<>();
        for (SessionStore.SessionRow r : rows) {
            Path dir = Files.createDirectories(into.resolve("exercise-" + r.id().substring(0, Math.min(8, r.id().length()))));
            sessions.export(r.id(), dir);
            try {
                String html = HtmlReport.render(AfterActionReport.build(RunFolder.read(dir), Labels.of(lang)));
                Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
            } catch (RunFolderException e) {
                throw new IOException("the export of session " + r.id() + " cannot be read: " + e.getMessage(), e);
            }
            out.add(dir);
        }
        return out;
    }
}
