package org.drillgrid.engine.api;

/** Where a live run stands. */
public enum RunStatus {
    RUNNING, PAUSED, FINISHED, FAILED
}
