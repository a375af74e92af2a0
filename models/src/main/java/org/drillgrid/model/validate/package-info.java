/**
 * Loading a scenario from disk or the classpath: size and encoding checks, binding, semantic rules and layer reading, all reported together as path-named violations. The engine only ever sees a LoadedScenario from here.
 */
package org.drillgrid.model.validate;
