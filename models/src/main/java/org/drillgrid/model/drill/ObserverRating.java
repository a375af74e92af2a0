package org.drillgrid.model.drill;

/**
 * An observer's rating of an objective (P/S/M/U), optionally tied to an inject and a sim time, with a
 * note. Ratings are kept beside the event log (a session's inputs, or {@code ratings.jsonl} of a headless
 * run), not in it: they judge the run, they do not change it.
 */
public record ObserverRating(Long t, String objective, String inject, Rating rating, String note, String by) {
}
