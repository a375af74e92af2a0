package org.drillgrid.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The habits of STYLE.md that a machine can check, for the models module alone. */
class ModelsArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/drillgrid/model");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.drillgrid.model");
        assertTrue(classes.containPackage("org.drillgrid.model.validate"), "the import found the models classes");
    }

    @Test
    void modelsDependOnlyOnTheJdkJacksonAndCommonsRng() {
        classes().that().resideInAPackage("org.drillgrid.model..")
                .and().resideOutsideOfPackage("org.drillgrid.model.gis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "org.apache.commons.rng..", "org.drillgrid.model..")
                .check(classes);
    }

    /** GeoTIFF import is the one place that reads TIFF: the rest of the models never sees tiff-java. */
    @Test
    void onlyGisImportReadsTiff() {
        classes().that().resideInAPackage("org.drillgrid.model.gis..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
                        "mil.nga.tiff..", "org.drillgrid.model..")
                .check(classes);
    }

    @Test
    void libraryCodeDoesNotPrint() {
        noClasses().that().resideInAPackage("org.drillgrid.model..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void noStaticMutableFields() {
        fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("org.drillgrid.model..")
                .should().beFinal()
                .check(classes);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            packages = dirs.filter(Files::isDirectory).filter(ModelsArchitectureTest::holdsJava).toList();
        }
        assertTrue(packages.size() >= 6, packages::toString);
        assertEquals(List.of(), packages.stream().filter(p -> !Files.exists(p.resolve("package-info.java"))).toList());
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
