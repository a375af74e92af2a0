/**
 * Orders: what a command-post position tells the simulated forces to do (docs/drill-format.md, "Orders").
 * One JSON object per order, told apart by {@code type}; {@code t} is the sim second it is given at and
 * {@code role} the position that gives it.
 */
package org.drillgrid.model.order;
