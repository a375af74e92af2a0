/**
 * Drill-script steppables: timed injects firing in the DRILL phase.
 */
package org.drillgrid.engine.drill;
