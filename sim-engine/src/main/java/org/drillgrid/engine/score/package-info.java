/**
 * Scoring of an exercise (docs/scoring.md): the scorecard per objective with the evidence behind each
 * number, built from the event log, the end-of-run indicators and the observers' ratings.
 */
package org.drillgrid.engine.score;
