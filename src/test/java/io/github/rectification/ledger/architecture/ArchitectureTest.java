package io.github.rectification.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the code base: {@code domain} ← {@code store} ← {@code exchange} and
 * {@code report} ← {@code ui} and {@code cli}; only the composition root {@code Launcher} sees the
 * window from outside {@code ui}; no package cycles.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String BASE = "io.github.rectification.ledger";
    private static final String DOMAIN = BASE + ".domain..";
    private static final String STORE = BASE + ".store..";
    private static final String EXCHANGE = BASE + ".exchange..";
    private static final String REPORT = BASE + ".report..";
    private static final String UI = BASE + ".ui..";
    private static final String CLI = BASE + ".cli..";
    private static final String JAVAFX = "javafx..";
    private static final String JAVAFX_INTERNAL = "com.sun.javafx..";
    private static final String CONTROLSFX = "org.controlsfx..";

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, JAVAFX_INTERNAL, CONTROLSFX, "java.sql..",
                    "org.sqlite..", "org.apache.poi..", "com.fasterxml..")
            .because("the domain is plain Java: no JavaFX, no SQL, no file formats");

    @ArchTest
    static final ArchRule domainDependsOnNothingElseOfTheApp = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, EXCHANGE, REPORT, UI, CLI);

    @ArchTest
    static final ArchRule storeUsesNoJavaFx = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, JAVAFX_INTERNAL, CONTROLSFX);

    @ArchTest
    static final ArchRule storeSitsBelowTheCapabilities = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, REPORT, UI, CLI);

    @ArchTest
    static final ArchRule exchangeAndReportKnowNeitherWindowNorCommandLine = noClasses()
            .that().resideInAnyPackage(EXCHANGE, REPORT)
            .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, JAVAFX, JAVAFX_INTERNAL, CONTROLSFX)
            .because("logic never imports JavaFX and is shared by the window and the command line")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule commandLineNeverTouchesJavaFx = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(UI, JAVAFX, JAVAFX_INTERNAL, CONTROLSFX)
            .because("the command line must run without a display");

    @ArchTest
    static final ArchRule onlyTheLauncherReachesIntoTheWindow = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and().doNotHaveFullyQualifiedName(BASE + ".Launcher")
            .should().dependOnClassesThat().resideInAPackage(UI);

    @ArchTest
    static final ArchRule theWindowWritesNoSql = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the window reads and writes through the store");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching(BASE + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(BASE + ".(**)")
            .should().beFreeOfCycles();
}
