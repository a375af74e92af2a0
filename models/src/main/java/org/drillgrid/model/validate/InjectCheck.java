package org.drillgrid.model.validate;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.model.json.TextChecks;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;

/**
 * The check of an inject a controller delivers ad hoc to a running exercise: the rules and bounds a
 * scripted inject of the same scenario is held to (an id, a message, an effect the scenario can carry
 * out, numbers within {@link Bounds}), so that no input at run time gets past what validation refuses.
 */
public final class InjectCheck {

    private InjectCheck() {
    }

    /** Every problem of {@code inject} in {@code scenario}, with paths below {@code path}; empty when it may go. */
    public static List<Violation> adHoc(Inject inject, Scenario scenario, String path) {
        List<Violation> out = new ArrayList<>();
        if (inject == null) {
            out.add(new Violation(path, "required: an inject with an id and a message"));
            return out;
        }
        if (inject.id() == null) {
            out.add(new Violation(path + ".id", "is required"));
        } else if (!ScenarioValidator.ID.matcher(inject.id()).matches()) {
            out.add(new Violation(path + ".id", "'" + inject.id()
                    + "' is not a valid id (lower-case letters, digits, '-' and '_', at most 64)"));
        }
        LocalizedText m = inject.message();
        if (m == null || m.isEmpty()) {
            out.add(new Violation(path + ".message", "required: text {\"zh\", \"en\"}, not empty"));
        } else {
            text(path + ".message.zh", m.zh(), out);
            text(path + ".message.en", m.en(), out);
        }
        text(path + ".channel", inject.channel(), out);
        for (int i = 0; i < inject.audienceOrEmpty().size(); i++) {
            String who = inject.audienceOrEmpty().get(i);
            if (who == null) {
                out.add(new Violation(path + ".audience[" + i + "]", TextChecks.NULL_IN_LIST));
            } else {
                text(path + ".audience[" + i + "]", who, out);
            }
        }
        DrillRules.adHoc(scenario, inject, path, (p, msg) -> out.add(new Violation(p, msg)));
        return out;
    }

    private static void text(String path, String s, List<Violation> out) {
        String bad = s == null ? null : TextChecks.unpaired(s);
        if (bad != null) {
            out.add(new Violation(path, "text " + bad));
        }
    }
}
