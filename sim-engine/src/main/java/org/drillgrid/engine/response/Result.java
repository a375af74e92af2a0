package org.drillgrid.engine.response;

/** What a lever did: carried out, or refused with a reason that names what was wrong. */
public record Result(boolean accepted, String reason) {

    public static final Result OK = new Result(true, null);

    public static Result refused(String reason) {
        return new Result(false, reason);
    }
}
