package org.drillgrid.model.scenario;

/** An emergency shelter (park, school, square, stadium ...) at {@code cell} holding {@code capacity} people. */
public record Shelter(String id, LocalizedText name, String kind, CellRef cell, Integer capacity) {
}
