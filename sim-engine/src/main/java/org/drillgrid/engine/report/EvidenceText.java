package org.drillgrid.engine.report;

import java.util.List;
import org.drillgrid.engine.score.Scorecard.Evidence;
import org.drillgrid.engine.text.Describer;

/**
 * A scorecard's evidence in the report's language, from its code and arguments, with the describer's
 * names for orders, positions and injects; evidence without a code (an older scorecard) as recorded.
 */
final class EvidenceText {

    private EvidenceText() {
    }

    static String of(Evidence e, Labels l, Describer d) {
        List<String> a = e.args() == null ? List.of() : e.args();
        if (e.code() == null) {
            return e.detail() == null ? "—" : e.detail();
        }
        return switch (e.code()) {
            case Evidence.TAKEN_IN_TIME, Evidence.TAKEN_EARLY -> l.format("e." + e.code(), d.orderNumber((int) whole(a, 0)),
                    d.orderType(arg(a, 1)), d.position(arg(a, 2)), CriterionText.minutes(whole(a, 3)), d.inject(arg(a, 4)));
            case Evidence.NOT_TAKEN -> l.format("e.not-taken", d.orderType(arg(a, 0)), target(arg(a, 1), d),
                    CriterionText.minutes(whole(a, 2)), d.inject(arg(a, 3)));
            case Evidence.NEVER_FIRED -> l.format("e.never-fired", d.inject(arg(a, 0)));
            case Evidence.RELIEVED -> l.format("e.relieved", count(a, 0, d), count(a, 1, d), count(a, 2, d), arg(a, 3),
                    count(a, 4, d));
            case Evidence.WARNED, Evidence.DEATHS, Evidence.AFFECTED, Evidence.TRAPPED -> l.format("e." + e.code(),
                    count(a, 0, d), count(a, 1, d));
            case Evidence.EVACUATED -> l.get("e.evacuated");
            case Evidence.RATED -> l.format("e.rated", arg(a, 0), a.size() > 1 && a.get(1) != null
                    ? l.format("e.rated.on", d.inject(a.get(1))) : "");
            default -> e.detail() == null ? "—" : e.detail();
        };
    }

    /** An expected action: the order's type and what it names. */
    static String action(String orderType, String target, Describer d) {
        if (target == null || target.isBlank()) {
            return d.orderType(orderType);
        }
        String what = "set-response-level".equals(orderType) ? d.responseLevel(target) : d.name(target);
        return d.orderType(orderType) + d.words().get("paren", what);
    }

    private static String target(String target, Describer d) {
        return target == null || target.isBlank() ? "" : d.words().get("paren", d.name(target));
    }

    private static String arg(List<String> a, int i) {
        return i < a.size() && a.get(i) != null ? a.get(i) : "";
    }

    private static long whole(List<String> a, int i) {
        try {
            return Long.parseLong(arg(a, i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String count(List<String> a, int i, Describer d) {
        return d.count(whole(a, i));
    }
}
