/**
 * The trainee's command post (route {@code post/<session>}): the reported picture of one position in one
 * exercise — map, inbox, status boards — the order forms and the log of the position's own orders. Every
 * event comes through the session service's trainee filter; nothing here reads the run's truth (frames,
 * indicators, water), and the map offers no truth layer.
 */
package org.drillgrid.ui.post;
