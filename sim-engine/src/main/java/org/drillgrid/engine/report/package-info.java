/**
 * The after-action report / improvement plan (AAR/IP, HSEEP style) of a finished run, built only from the
 * files of its run folder ({@link org.drillgrid.engine.report.RunFolder}): a presentation-neutral
 * {@link org.drillgrid.engine.report.ReportModel} of sections, tables and figures, written as one
 * self-contained HTML file or a Word document. Headless (java.awt images only, never Swing); nothing here
 * runs or changes a simulation, and no number is shown that is not read or counted from the inputs.
 */
package org.drillgrid.engine.report;
