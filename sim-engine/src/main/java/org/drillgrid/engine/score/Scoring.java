package org.drillgrid.engine.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drillgrid.engine.kpi.Kpis;
import org.drillgrid.engine.score.Scorecard.ActionScore;
import org.drillgrid.engine.score.Scorecard.CriterionScore;
import org.drillgrid.engine.score.Scorecard.Evidence;
import org.drillgrid.engine.score.Scorecard.InjectScore;
import org.drillgrid.engine.score.Scorecard.ObjectiveScore;
import org.drillgrid.model.drill.Criterion;
import org.drillgrid.model.drill.Expectation;
import org.drillgrid.model.drill.Objective;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.Scenario;
import org.drillgrid.model.scenario.Targets;

/**
 * Builds the {@link Scorecard} of a run from its event log (injects fired, orders issued and refused),
 * its end-of-run indicators and the observers' ratings. Every number on the card is one of these or is
 * counted from them, and each criterion lists the events it rests on.
 */
public final class Scoring {

    private Scoring() {
    }

    public static Scorecard score(Scenario scenario, long seed, long until, String policy, List<SimEvent> events,
            Kpis kpis, List<ObserverRating> ratings) {
        Map<String, InjectFired> fired = new HashMap<>();
        List<OrderIssued> issued = new ArrayList<>();
        List<Evidence> rejections = new ArrayList<>();
        Map<String, Integer> byRole = new TreeMap<>();
        for (SimEvent e : events) {
            if (e instanceof InjectFired f) {
                fired.putIfAbsent(f.inject(), f);
            } else if (e instanceof OrderIssued o) {
                issued.add(o);
                byRole.merge(o.role(), 1, Integer::sum);
            } else if (e instanceof OrderRejected r) {
                rejections.add(new Evidence(r.t(), OrderRejected.TYPE, "#" + r.seq() + " " + r.order().typeName()
                        + " by " + r.role() + ": " + r.reason()));
                byRole.merge(String.valueOf(r.role()), 1, Integer::sum);
            }
        }
        Targets targets = scenario.targetsOrNone();
        List<InjectScore> injects = new ArrayList<>();
        Map<String, InjectScore> injectScores = new HashMap<>();
        List<Inject> script = scenario.drillOrEmpty().injectsOrEmpty();
        for (Inject inj : script) {
            InjectFired f = fired.get(inj.id());
            List<ActionScore> actions = new ArrayList<>();
            for (Expectation x : inj.expectOrEmpty()) {
                actions.add(action(x, f, f == null ? null : earlyFrom(inj, x, f.t(), script, fired), issued));
            }
            InjectScore s = new InjectScore(inj.id(), f == null ? null : f.t(), f == null ? null : f.trigger(),
                    inj.audienceOrEmpty(), actions);
            injects.add(s);
            injectScores.put(inj.id(), s);
        }
        List<ObjectiveScore> objectives = new ArrayList<>();
        for (Objective o : scenario.drillOrEmpty().objectivesOrEmpty()) {
            objectives.add(objective(o, targets, kpis, injectScores, ratings));
        }
        return new Scorecard(scenario.id(), seed, until, policy, targets, objectives, injects,
                new Scorecard.OrderFigures(issued.size(), rejections.size(), byRole, rejections));
    }

    /**
     * Since when an order given before the inject fired (at {@code firedAt}) meets the expectation, or null when
     * none does (docs/scoring.md, "Expected actions taken early"). With {@code lookBack}: that long before the
     * inject. Otherwise an inject with a condition ({@code when}) has none: its condition first held when it
     * fired, so an earlier order did not answer it. A scripted message ({@code at}, {@code after}) reports a
     * situation that held already: an order counts from the end of the window of the last inject fired before
     * it that expected the same order (type and target), which that order would answer instead, else from the
     * run's start.
     */
    static Long earlyFrom(Inject inj, Expectation x, long firedAt, List<Inject> script, Map<String, InjectFired> fired) {
        long from;
        if (x.lookBack() != null) {
            from = Math.max(0, firedAt - x.lookBack().seconds());
        } else if (inj.when() != null) {
            return null;
        } else {
            from = 0;
            for (Inject other : script) {
                InjectFired f = fired.get(other.id());
                if (other == inj || f == null || f.t() >= firedAt) {
                    continue;
                }
                for (Expectation y : other.expectOrEmpty()) {
                    if (y.order().equals(x.order()) && java.util.Objects.equals(y.target(), x.target())) {
                        from = Math.max(from, f.t() + y.within().seconds() + 1);
                    }
                }
            }
        }
        return from < firedAt ? from : null;
    }

    /**
     * The first accepted order of the expected type (and target) inside the window after the inject; failing
     * that, the last one given in the look-back before it ({@code earlyFrom}, null: none), marked early.
     */
    private static ActionScore action(Expectation x, InjectFired f, Long earlyFrom, List<OrderIssued> issued) {
        long within = x.within().seconds();
        if (f != null) {
            OrderIssued early = null;
            for (OrderIssued o : issued) {
                long given = given(o);
                boolean matches = o.order().typeName().equals(x.order())
                        && (x.target() == null || x.target().equals(o.order().target()));
                if (!matches) {
                    continue;
                }
                if (given >= f.t() && given <= f.t() + within) {
                    return new ActionScore(x.order(), x.target(), within, earlyFrom, true, null, given, o.seq(),
                            o.role());
                }
                if (earlyFrom != null && given >= earlyFrom && given < f.t()) {
                    early = o; // the log is in time order: the last one before the inject wins
                }
            }
            if (early != null) {
                return new ActionScore(x.order(), x.target(), within, earlyFrom, true, true, given(early), early.seq(),
                        early.role());
            }
        }
        return new ActionScore(x.order(), x.target(), within, earlyFrom, false, null, null, null, null);
    }

    private static long given(OrderIssued o) {
        return o.order().t() == null ? o.t() : o.order().t();
    }

    private static ObjectiveScore objective(Objective o, Targets targets, Kpis kpis, Map<String, InjectScore> injects,
            List<ObserverRating> ratings) {
        List<CriterionScore> criteria = new ArrayList<>();
        int automatic = 0;
        int met = 0;
        Rating observer = null;
        for (Criterion c : o.criteriaOrEmpty()) {
            CriterionScore s;
            if (c instanceof Criterion.Kpi k) {
                s = kpi(k, targets, kpis);
            } else if (c instanceof Criterion.Actions a) {
                s = actions(a, injects);
            } else {
                ObserverRating r = ratings.stream().filter(x -> o.id().equals(x.objective()) && x.rating() != null)
                        .max(Comparator.comparingLong(x -> x.t() == null ? Long.MIN_VALUE : x.t())).orElse(null);
                observer = r == null ? null : r.rating();
                s = new CriterionScore("observer", null, null, null, null, null, null, null, observer,
                        r == null ? "not rated yet" : r.note(), r == null ? List.of() : List.of(new Evidence(r.t(),
                                "observer-rating", r.rating() + (r.by() == null ? "" : " by " + r.by())
                                        + (r.inject() == null ? "" : " on " + r.inject()), Evidence.RATED,
                                Arrays.asList(String.valueOf(r.rating()), r.inject()))));
            }
            if (s.met() != null) {
                automatic++;
                met += s.met() ? 1 : 0;
            }
            criteria.add(s);
        }
        Rating auto = automatic == 0 ? null : Rating.ofShareMet(met / (double) automatic);
        return new ObjectiveScore(o.id(), o.name(), o.capabilitiesOrEmpty(), auto, observer, Rating.worse(auto, observer),
                criteria);
    }

    private static CriterionScore actions(Criterion.Actions a, Map<String, InjectScore> injects) {
        int of = 0;
        int met = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (String id : a.injects()) {
            InjectScore s = injects.get(id);
            if (s == null) {
                continue;
            }
            for (ActionScore x : s.expected()) {
                of++;
                met += x.met() ? 1 : 0;
                evidence.add(evidence(id, s, x));
            }
        }
        return new CriterionScore("actions", null, (double) met, of, "actions", null, null, of > 0 && met == of,
                null, null, evidence);
    }

    private static Evidence evidence(String inject, InjectScore s, ActionScore x) {
        if (s.firedAt() == null) {
            return new Evidence(null, InjectFired.TYPE, inject + " never fired", Evidence.NEVER_FIRED, List.of(inject));
        }
        if (!x.met()) {
            String target = x.target() == null ? "" : x.target();
            return new Evidence(s.firedAt(), InjectFired.TYPE, "no " + x.order() + (target.isEmpty() ? "" : " " + target)
                    + " within " + x.withinSeconds() + " s of " + inject, Evidence.NOT_TAKEN,
                    List.of(x.order(), target, Long.toString(x.withinSeconds()), inject));
        }
        String order = "#" + x.seq() + " " + x.order() + " by " + x.role();
        if (x.takenEarly()) {
            long before = s.firedAt() - x.takenAt();
            return new Evidence(x.takenAt(), OrderIssued.TYPE, order + ", " + before + " s before " + inject
                    + " (taken early)", Evidence.TAKEN_EARLY,
                    List.of(Integer.toString(x.seq()), x.order(), String.valueOf(x.role()), Long.toString(before), inject));
        }
        long after = x.takenAt() - s.firedAt();
        return new Evidence(x.takenAt(), OrderIssued.TYPE, order + ", " + after + " s after " + inject,
                Evidence.TAKEN_IN_TIME, List.of(Integer.toString(x.seq()), x.order(), String.valueOf(x.role()), Long.toString(after),
                        inject));
    }

    private static CriterionScore kpi(Criterion.Kpi k, Targets t, Kpis kpis) {
        Double value;
        String unit;
        Double atLeast = k.atLeast();
        Double atMost = k.atMost();
        List<Evidence> evidence = new ArrayList<>();
        switch (k.kpi()) {
            case "relief-within-target" -> {
                Kpis.Relief r = kpis.relief();
                value = pct(r.withinTargetShare());
                unit = "%";
                evidence.add(new Evidence(null, "people-relieved", r.relieved() + " of " + r.affected()
                        + " affected persons relieved; " + r.judged() + " judged against " + r.targetHours()
                        + " h, " + r.pending() + " too late to judge", Evidence.RELIEVED, strings(r.relieved(),
                        r.affected(), r.judged(), r.targetHours(), r.pending())));
            }
            case "warning-coverage" -> {
                Kpis.Warning w = kpis.warning();
                value = pct(w.coverage());
                unit = "%";
                if (atLeast == null && atMost == null) {
                    atLeast = t.warningCoverage();
                }
                evidence.add(new Evidence(null, "people-warned", w.warnedInTime() + " of " + w.atRisk()
                        + " at-risk persons warned before the water reached them", Evidence.WARNED,
                        strings(w.warnedInTime(), w.atRisk())));
            }
            case "deaths-per-million" -> {
                value = round(kpis.deathsPerMillion());
                unit = "per million";
                if (atLeast == null && atMost == null) {
                    atMost = t.deathsPerMillion();
                }
                evidence.add(new Evidence(null, "casualties", kpis.deaths() + " deaths in a population of "
                        + kpis.population(), Evidence.DEATHS, strings(kpis.deaths(), kpis.population())));
            }
            case "affected-per-100k" -> {
                value = round(kpis.affectedPer100k());
                unit = "per 100 000";
                if (atLeast == null && atMost == null) {
                    atMost = t.affectedPer100k();
                }
                evidence.add(new Evidence(null, "people-affected", kpis.affected() + " affected in a population of "
                        + kpis.population(), Evidence.AFFECTED, strings(kpis.affected(), kpis.population())));
            }
            case "evacuated-share" -> {
                value = pct(kpis.evacuatedShare());
                unit = "%";
                evidence.add(new Evidence(null, "people-evacuating", "share of the at-risk population that left",
                        Evidence.EVACUATED, List.of()));
            }
            default -> { // trapped-at-end
                value = (double) kpis.trapped().stillTrapped();
                unit = "persons";
                evidence.add(new Evidence(null, "people-trapped", kpis.trapped().total() + " trapped in all, "
                        + kpis.trapped().rescued() + " rescued", Evidence.TRAPPED,
                        strings(kpis.trapped().total(), kpis.trapped().rescued())));
            }
        }
        Boolean met = value == null ? Boolean.FALSE
                : atLeast != null ? value >= atLeast : atMost != null ? value <= atMost : null;
        return new CriterionScore("kpi", k.kpi(), value, null, unit, atLeast, atMost, met, null,
                value == null ? "no value: nobody was judged" : null, evidence);
    }

    private static List<String> strings(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private static Double pct(Double share) {
        return share == null ? null : round(share * 100);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
