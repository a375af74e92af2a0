/**
 * The parts of a drill script (docs/drill-format.md): named places, trigger conditions, inject effects,
 * expected player actions, objectives with their evaluation criteria, and the sensors whose reports
 * make up the trainees' picture.
 */
package org.drillgrid.model.drill;
