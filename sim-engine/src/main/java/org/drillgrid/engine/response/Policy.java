package org.drillgrid.engine.response;

import java.util.Locale;

/** Who pulls the levers when no trainee does: nobody ({@link #NONE}), or the plan-following {@link AutoPolicy}. */
public interface Policy {

    /** The "no response" baseline: no lever is ever pulled. */
    Policy NONE = new Policy() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public void act(Response response, double now) {
        }
    };

    /** Written as the {@code by} of every command the policy gives. */
    String name();

    /** Called at the start of every tick, before the agents act. */
    void act(Response response, double now);

    /** The policy of a {@code --policy} name: none or auto. */
    static Policy of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "auto" -> new AutoPolicy();
            default -> throw new IllegalArgumentException("unknown policy '" + name + "': use none or auto");
        };
    }
}
