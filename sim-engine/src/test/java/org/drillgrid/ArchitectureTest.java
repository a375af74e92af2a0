package org.drillgrid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency direction of STYLE.md: models sees no MASON or UI; the engine sees no UI or web server. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.drillgrid");
    }

    @Test
    void modelsSeeNoMasonNoVaadinNoEngine() {
        noClasses().that().resideInAPackage("org.drillgrid.model..")
                .should().dependOnClassesThat().resideInAnyPackage("sim..", "ec.util..", "com.vaadin..",
                        "org.eclipse.jetty..", "javax.swing..", "java.awt..", "org.drillgrid.engine..",
                        "org.drillgrid.cli..", "org.drillgrid.ui..")
                .check(classes);
    }

    @Test
    void engineSeesNoVaadinJettyOrSwing() {
        noClasses().that().resideInAnyPackage("org.drillgrid.engine..", "org.drillgrid.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.eclipse.jetty..",
                        "javax.swing..", "jakarta.servlet..", "org.drillgrid.ui..")
                .check(classes);
    }

    @Test
    void hazardPhysicsIsPureOfMason() {
        // hazard steppables wrap pure physics classes that tests and benchmarks use without a SimState
        noClasses().that().resideInAPackage("org.drillgrid.engine.hazard..")
                .and().haveSimpleNameNotEndingWith("Hazard")
                .should().dependOnClassesThat().resideInAnyPackage("sim..", "ec.util..")
                .check(classes);
    }

    @Test
    void theImportSawBothModules() {
        // guards the two rules above against passing on an empty class set
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("org.drillgrid.model.scenario"));
        org.junit.jupiter.api.Assertions.assertTrue(classes.containPackage("org.drillgrid.engine"));
    }
}
