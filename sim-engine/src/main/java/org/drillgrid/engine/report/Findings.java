package org.drillgrid.engine.report;

import java.util.ArrayList;
import java.util.List;
import org.drillgrid.engine.report.ReportModel.Block;
import org.drillgrid.engine.report.ReportModel.Bullets;
import org.drillgrid.engine.report.ReportModel.Heading;
import org.drillgrid.engine.report.ReportModel.Table;
import org.drillgrid.engine.score.Scorecard;
import org.drillgrid.engine.score.Scorecard.ActionScore;
import org.drillgrid.engine.score.Scorecard.CriterionScore;
import org.drillgrid.engine.score.Scorecard.InjectScore;
import org.drillgrid.engine.score.Scorecard.ObjectiveScore;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.event.OrderRejected;

/**
 * Strengths (criteria met, expected actions taken in time, observer rating P), areas for improvement
 * (criteria not met, expected actions missed after an inject that fired, observer ratings below P, rejected
 * orders) and the corrective-action plan: one row per area for improvement, the recommendation chosen by
 * the kind of finding, the responsible position from the inject's audience or the order's role.
 */
final class Findings {

    /** An area for improvement and its corrective action. */
    record Item(String issue, String recommendation, String position) {
    }

    private Findings() {
    }

    static List<Block> blocks(Scorecard card, List<OrderRejected> rejected, Labels l) {
        List<String> strengths = card == null ? List.of() : strengths(card, l);
        List<Item> items = improvements(card, rejected, l);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(l.get("h.strengths")));
        blocks.add(new Bullets(strengths.isEmpty() ? List.of(l.get("no.findings")) : strengths));
        blocks.add(new Heading(l.get("h.improve")));
        blocks.add(new Bullets(items.isEmpty() ? List.of(l.get("no.findings"))
                : items.stream().map(Item::issue).toList()));
        blocks.add(new Heading(l.get("h.corrective")));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item x = items.get(i);
            rows.add(List.of(Integer.toString(i + 1), x.issue(), x.recommendation(), x.position(), l.get("open"), ""));
        }
        blocks.add(Table.of(List.of("#", l.get("issue"), l.get("recommendation"), l.get("responsible"),
                l.get("status"), l.get("due")), rows));
        return blocks;
    }

    static List<String> strengths(Scorecard card, Labels l) {
        List<String> out = new ArrayList<>();
        for (ObjectiveScore o : nn(card.objectives())) {
            for (CriterionScore c : nn(o.criteria())) {
                if ("kpi".equals(c.type()) && Boolean.TRUE.equals(c.met())) {
                    out.add(kpi(o, c, l));
                } else if ("observer".equals(c.type()) && c.rating() == Rating.P) {
                    out.add(observer(o, c, l));
                }
            }
        }
        for (InjectScore s : nn(card.injects())) {
            for (ActionScore a : nn(s.expected())) {
                if (a.met() && a.takenEarly()) {
                    out.add(l.format("f.action.early", s.id(), a.order() + target(a), a.role(), Labels.time(a.takenAt()),
                            CriterionText.minutes(s.firedAt() - a.takenAt())));
                } else if (a.met()) {
                    out.add(l.format("f.action.met", s.id(), a.order() + target(a), a.role(), Labels.time(a.takenAt()),
                            CriterionText.minutes(a.takenAt() - s.firedAt()), CriterionText.minutes(a.withinSeconds())));
                }
            }
        }
        return out;
    }

    static List<Item> improvements(Scorecard card, List<OrderRejected> rejected, Labels l) {
        List<Item> out = new ArrayList<>();
        if (card != null) {
            for (ObjectiveScore o : nn(card.objectives())) {
                for (CriterionScore c : nn(o.criteria())) {
                    if ("kpi".equals(c.type()) && Boolean.FALSE.equals(c.met())) {
                        out.add(new Item(kpi(o, c, l), l.getOr("r." + c.kpi(), l.get("r.kpi")), l.get("to.assign")));
                    } else if ("observer".equals(c.type()) && c.rating() != null && c.rating() != Rating.P) {
                        out.add(new Item(observer(o, c, l), l.format("r.observer", c.note() == null ? "" : c.note()),
                                l.get("to.assign")));
                    }
                }
            }
            for (InjectScore s : nn(card.injects())) {
                for (ActionScore a : nn(s.expected())) {
                    if (!a.met() && s.firedAt() != null) {
                        out.add(new Item(l.format("f.action.missed", s.id(), Labels.time(s.firedAt()),
                                CriterionText.minutes(a.withinSeconds()), a.order() + target(a)),
                                l.format("r.action", s.id(), CriterionText.minutes(a.withinSeconds()), a.order() + target(a)),
                                s.audience() == null || s.audience().isEmpty() ? l.get("all.positions")
                                        : String.join(", ", s.audience())));
                    }
                }
            }
        }
        for (OrderRejected r : rejected) {
            String type = r.order().typeName();
            out.add(new Item(l.format("f.rejected", Labels.time(r.t()), r.seq(), type, r.role(), l.reason(r)),
                    l.format("r.rejected", type, l.reason(r)), String.valueOf(r.role())));
        }
        return out;
    }

    private static String kpi(ObjectiveScore o, CriterionScore c, Labels l) {
        return l.format("f.kpi", l.text(o.name()), CriterionText.name(c, l), Labels.num(c.value()),
                CriterionText.unit(c.unit(), l), CriterionText.target(c, l));
    }

    private static String observer(ObjectiveScore o, CriterionScore c, Labels l) {
        return l.format("f.observer", l.text(o.name()), l.rating(c.rating()),
                c.note() == null || c.note().isBlank() ? "" : " — " + c.note());
    }

    private static String target(ActionScore a) {
        return a.target() == null ? "" : " " + a.target();
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }
}
