/**
 * The scenario document, format v1, as immutable records read from JSON (docs/scenario-format.md). Values are as read (nullable); defaults live in accessor methods. No validation rules and no IO here.
 */
package org.drillgrid.model.scenario;
