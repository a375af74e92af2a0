/**
 * Recording a run: the event recorder (events.jsonl, counts, subscribers) and the run metrics (metrics.json, summary.txt).
 */
package org.drillgrid.engine.record;
