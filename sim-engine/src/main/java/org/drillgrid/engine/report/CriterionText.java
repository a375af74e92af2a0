package org.drillgrid.engine.report;

import org.drillgrid.engine.score.Scorecard.CriterionScore;

/** How a scorecard criterion reads in the report: its name, value, target and verdict. */
final class CriterionText {

    private CriterionText() {
    }

    static String name(CriterionScore c, Labels l) {
        return switch (c.type()) {
            case "kpi" -> l.getOr("k." + c.kpi(), c.kpi());
            case "actions" -> l.get("c.actions");
            case "observer" -> l.get("c.observer");
            default -> c.type();
        };
    }

    static String value(CriterionScore c, Labels l) {
        if ("observer".equals(c.type())) {
            return l.rating(c.rating());
        }
        if ("actions".equals(c.type())) {
            return Labels.num(c.value()) + " / " + (c.of() == null ? "—" : c.of());
        }
        return c.value() == null ? "—" : Labels.num(c.value()) + " " + unit(c.unit(), l);
    }

    static String unit(String unit, Labels l) {
        return unit == null ? "" : l.getOr("u." + unit, unit);
    }

    static String target(CriterionScore c, Labels l) {
        String unit = "actions".equals(c.type()) ? "" : " " + unit(c.unit(), l);
        if (c.atLeast() != null) {
            return "≥ " + Labels.num(c.atLeast()) + unit;
        }
        if (c.atMost() != null) {
            return "≤ " + Labels.num(c.atMost()) + unit;
        }
        return "actions".equals(c.type()) && c.of() != null ? c.of() + " / " + c.of() : "—";
    }

    static String met(CriterionScore c, Labels l) {
        return c.met() == null ? "—" : c.met() ? l.get("yes") : l.get("no");
    }

    static String tone(CriterionScore c) {
        return c.met() == null ? "" : c.met() ? "good" : "bad";
    }

    /** Seconds as minutes to one decimal. */
    static String minutes(long seconds) {
        return Labels.num(Math.round(seconds / 6.0) / 10.0);
    }
}
