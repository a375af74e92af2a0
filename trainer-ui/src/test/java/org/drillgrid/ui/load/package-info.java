/**
 * Bounded measurements of the exercise server, run by hand, never by {@code mvn verify}:
 * {@link org.drillgrid.ui.load.OrderLoad} ({@code scripts/load-test}) starts a server on loopback in a
 * temporary folder, plays simulated trainees against its REST API and prints order and poll latencies;
 * {@link org.drillgrid.ui.load.MapCadence} ({@code scripts/map-cadence}) opens consoles and command posts of
 * one exercise in headless Chromium on such a server and prints how often their clocks and maps update.
 * Nothing here may reach beyond 127.0.0.1 or run without a cap on its duration and request rate.
 */
package org.drillgrid.ui.load;
