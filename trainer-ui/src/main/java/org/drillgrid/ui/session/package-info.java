/**
 * Exercise sessions: live runs with durable inputs, their event log in the database, checkpoints,
 * replay, branching, role-filtered views and the REST API. The inputs are the record a session is
 * rebuilt from after a crash (re-simulated from the start with the same seed); events and checkpoints
 * are derived from them. Nothing here reaches into the engine's MASON state.
 */
package org.drillgrid.ui.session;
