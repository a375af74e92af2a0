package org.drillgrid.model.drill;

/**
 * The HSEEP performance ratings: performed without challenges (P), with some challenges (S), with major
 * challenges (M), unable to be performed (U). Declared best first.
 */
public enum Rating {
    P, S, M, U;

    /** The worse of two ratings (either may be null). */
    public static Rating worse(Rating a, Rating b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The rating of a share (0..1) of automatic criteria met: all P, two thirds S, one third M, less U. */
    public static Rating ofShareMet(double share) {
        if (share >= 1) {
            return P;
        }
        if (share >= 2.0 / 3) {
            return S;
        }
        if (share >= 1.0 / 3) {
            return M;
        }
        return U;
    }
}
