/**
 * The reviewer's view of an exercise session ({@code review/<id>}): a replay of the stored event log and
 * depth checkpoints with a time scrubber (no re-simulation to seek), the map, timeline and KPI charts in
 * step with it, what-if branches, a side-by-side comparison of two sessions and the after-action report.
 * Long work (branching, scorecards of ended sessions, the report) runs off the request thread and comes
 * back by server push. Nothing here drives a live session.
 */
package org.drillgrid.ui.review;
