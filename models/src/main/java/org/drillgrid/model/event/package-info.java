/**
 * Event types of a run (a sealed interface of immutable records with stable type names) and the events.jsonl writer and reader. Events live here so a log can be read and replayed without the engine.
 */
package org.drillgrid.model.event;
