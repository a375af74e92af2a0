/**
 * Recording a run: the event recorder (events.jsonl, counts, subscribers) and the run metrics (metrics.json, summary.txt) and
 * the hourly KPI table (kpis.csv).
 */
package org.drillgrid.engine.record;
