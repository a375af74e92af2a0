package org.drillgrid.ui.run;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Shelter;
import org.drillgrid.model.scenario.Targets;
import org.drillgrid.model.scenario.Team;
import org.drillgrid.model.validate.LoadedScenario;

/** The world the run started from and the plan targets it is scored against. */
final class WorldPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    WorldPanel(LoadedScenario loaded, long seed) {
        Scenario s = loaded.scenario();
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        long population = loaded.layer("population").map(l -> Math.round(l.sum())).orElse(0L);
        var f = s.forcesOrNone();
        VerticalLayout c = getContent();
        c.setPadding(false);
        c.setSpacing(false);
        c.add(new H3(getTranslation("run.world")));
        c.add(line("world-population", getTranslation("run.world.population") + ": " + n.format(population)));
        c.add(line("world-teams", getTranslation("run.world.teams") + ": " + f.teamsOrEmpty().size() + " ("
                + n.format(f.teamsOrEmpty().stream().mapToInt(Team::size).sum()) + ")"));
        c.add(line("world-shelters", getTranslation("run.world.shelters") + ": "
                + n.format(f.sheltersOrEmpty().stream().mapToLong(Shelter::capacity).sum())));
        c.add(line("world-depots", getTranslation("run.world.depots") + ": " + f.depotsOrEmpty().size()));
        c.add(line("seed", getTranslation("run.seed") + ": " + seed));
        Targets t = s.targetsOrNone();
        if (t.reliefHours() != null || t.warningCoverage() != null) {
            c.add(new H3(getTranslation("run.targets")));
            if (t.reliefHours() != null) {
                c.add(line("target-relief", getTranslation("run.targets.relief", plain(t.reliefHours()))));
            }
            if (t.warningCoverage() != null) {
                c.add(line("target-warning", getTranslation("run.targets.warning", plain(t.warningCoverage()))));
            }
        }
    }

    private static Div line(String id, String text) {
        Div d = new Div(text);
        d.setId(id);
        return d;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
