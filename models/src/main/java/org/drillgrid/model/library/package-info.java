/**
 * Designer-authored scenarios on disk and exercise packages: the versioned scenario library
 * (ScenarioLibrary, under {@code <data>/library/<id>/v<N>/}), the scenario document writer, and the
 * zip packages that carry a scenario and its runs between installations (ExercisePackage). Nothing here
 * knows the bundled scenarios; callers check reserved ids through the catalog.
 */
package org.drillgrid.model.library;
