package org.drillgrid.model.drill;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** How an objective is evaluated: a KPI against a target, the expected actions of injects, or an observer. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Criterion.Kpi.class, name = "kpi"),
        @JsonSubTypes.Type(value = Criterion.Actions.class, name = "actions"),
        @JsonSubTypes.Type(value = Criterion.Observer.class, name = "observer")})
public sealed interface Criterion {

    /** The KPIs a criterion can name (docs/scoring.md defines each). */
    List<String> KPIS = List.of("relief-within-target", "warning-coverage", "deaths-per-million",
            "affected-per-100k", "evacuated-share", "trapped-at-end");

    /**
     * A KPI against a target: met when the value is at least {@code atLeast} or at most {@code atMost}.
     * Without either, the scenario's target applies (warning coverage, deaths, affected).
     */
    record Kpi(String kpi, Double atLeast, Double atMost) implements Criterion {
    }

    /** Met as far as the expected actions of these injects were taken in time. */
    record Actions(List<String> injects) implements Criterion {
    }

    /** Rated P/S/M/U by an observer during or after the exercise; {@code guide} tells them what to look for. */
    record Observer(org.drillgrid.model.scenario.LocalizedText guide) implements Criterion {
    }
}
