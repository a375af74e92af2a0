package org.drillgrid.engine.response;

import org.drillgrid.model.order.Refusal;

/**
 * What a lever did: carried out, or refused with a reason that names what was wrong. A coded refusal
 * ({@link Refusal}) carries its code and arguments too; its {@code reason} is {@link Refusal#english()}.
 */
public record Result(boolean accepted, String reason, Refusal refusal) {

    public static final Result OK = new Result(true, null, null);

    public static Result refused(String reason) {
        return new Result(false, reason, null);
    }

    public static Result refused(Refusal refusal) {
        return new Result(false, refusal.english(), refusal);
    }

    /** A refusal coded {@code code} with its arguments. */
    public static Result coded(String code, Object... args) {
        return refused(Refusal.of(code, args));
    }
}
