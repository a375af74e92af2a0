/**
 * A bounded load test of the exercise server, run by hand ({@code scripts/load-test}), never by
 * {@code mvn verify}: {@link org.drillgrid.ui.load.OrderLoad} starts a server on loopback in a temporary
 * folder, plays simulated trainees against its REST API and prints order and poll latencies. Nothing
 * here may reach beyond 127.0.0.1 or run without a cap on its duration and request rate.
 */
package org.drillgrid.ui.load;
