package org.drillgrid.model.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.drillgrid.model.scenario.Inject;

/**
 * What an exercise controller does to the script while it runs: fire a scripted inject now (before its
 * trigger) or deliver an ad-hoc inject. Like orders they are inputs of the run, stamped with the sim
 * second they take effect, so a replay gives the same log.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ControllerAction.FireInject.class, name = "fire-inject"),
        @JsonSubTypes.Type(value = ControllerAction.AdHocInject.class, name = "ad-hoc-inject")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ControllerAction {

    Long t();

    String by();

    ControllerAction at(long t);

    /** Fire scripted inject {@code inject} now, whatever its trigger. */
    record FireInject(Long t, String by, String inject) implements ControllerAction {
        public ControllerAction at(long t) {
            return new FireInject(t, by, inject);
        }
    }

    /** Deliver an inject that is not in the script (its trigger fields are ignored). */
    record AdHocInject(Long t, String by, Inject inject) implements ControllerAction {
        public ControllerAction at(long t) {
            return new AdHocInject(t, by, inject);
        }
    }
}
