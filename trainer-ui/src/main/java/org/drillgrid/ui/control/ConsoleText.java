package org.drillgrid.ui.control;

import com.vaadin.flow.component.Component;
import java.util.List;

/** Words the console's parts share: an audience of positions and how an inject was triggered. */
final class ConsoleText {

    private ConsoleText() {
    }

    /** Positions by their translated names, or "everyone" for an empty audience. */
    static String audience(Component c, List<String> positions) {
        if (positions == null || positions.isEmpty()) {
            return c.getTranslation("control.audience.all");
        }
        StringBuilder out = new StringBuilder();
        for (String p : positions) {
            if (out.length() > 0) {
                out.append(c.getTranslation("control.listSeparator"));
            }
            out.append(org.drillgrid.model.drill.Positions.known(p) ? c.getTranslation("position." + p) : p);
        }
        return out.toString();
    }

    /** How the log says an inject was triggered ("at", "when …", "after ID", "controller"), in words. */
    static String trigger(Component c, String trigger) {
        if (trigger == null) {
            return "";
        }
        return switch (trigger) {
            case "at" -> c.getTranslation("control.trigger.at");
            case "controller" -> c.getTranslation("control.trigger.controller");
            default -> trigger;
        };
    }
}
