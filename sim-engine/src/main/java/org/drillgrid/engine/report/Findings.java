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
import org.drillgrid.engine.text.Describer;
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

    static List<Block> blocks(Scorecard card, List<OrderRejected> rejected, Labels l, Describer d) {
        List<String> strengths = card == null ? List.of() : strengths(card, l, d);
        List<Item> items = improvements(card, rejected, l, d);
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

    static List<String> strengths(Scorecard card, Labels l, Describer d) {
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
                    out.add(l.format("f.action.early", d.inject(s.id()), action(a, d), d.position(a.role()),
                            d.when(a.takenAt()), CriterionText.minutes(s.firedAt() - a.takenAt())));
                } else if (a.met()) {
                    out.add(l.format("f.action.met", d.inject(s.id()), action(a, d), d.position(a.role()),
                            d.when(a.takenAt()), CriterionText.minutes(a.takenAt() - s.firedAt()),
                            CriterionText.minutes(a.withinSeconds())));
                }
            }
        }
        return out;
    }

    static List<Item> improvements(Scorecard card, List<OrderRejected> rejected, Labels l, Describer d) {
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
                        out.add(new Item(l.format("f.action.missed", d.inject(s.id()), d.when(s.firedAt()),
                                CriterionText.minutes(a.withinSeconds()), action(a, d)),
                                l.format("r.action", d.inject(s.id()), CriterionText.minutes(a.withinSeconds()),
                                        action(a, d)), d.positions(s.audience())));
                    }
                }
            }
        }
        for (OrderRejected r : rejected) {
            String type = r.order() == null ? "" : d.orderType(r.order().typeName());
            out.add(new Item(l.format("f.rejected", d.when(r.t()), d.orderNumber(r.seq()), d.order(r.order()),
                    d.position(r.role()), d.refusal(r)), l.format("r.rejected", type, d.refusal(r)), d.position(r.role())));
        }
        return out;
    }

    private static String kpi(ObjectiveScore o, CriterionScore c, Labels l) {
        return l.format("f.kpi", l.text(o.name()), CriterionText.name(c, l), c.value() == null ? "—" : Labels.num(c.value()),
                CriterionText.unit(c.unit(), l), CriterionText.target(c, l));
    }

    private static String observer(ObjectiveScore o, CriterionScore c, Labels l) {
        return l.format("f.observer", l.text(o.name()), l.rating(c.rating()),
                c.note() == null || c.note().isBlank() ? "" : " — " + c.note());
    }

    private static String action(ActionScore a, Describer d) {
        return EvidenceText.action(a.order(), a.target(), d);
    }

    private static <T> List<T> nn(List<T> list) {
        return list == null ? List.of() : list;
    }
}
