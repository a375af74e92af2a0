/**
 * Hazard entries of a scenario document: a sealed {@code HazardSpec} told apart by {@code type}, and the step
 * {@code Series} they use for forcing over time. Records as read; rules live in the validator.
 */
package org.drillgrid.model.hazard;
