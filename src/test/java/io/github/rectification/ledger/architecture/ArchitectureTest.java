package io.github.rectification.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.rectification.ledger.domain.LedgerSettings;
import io.github.rectification.ledger.domain.Setting;
import java.util.List;
import java.util.function.Function;

/**
 * The dependency rules of the code base: {@code domain} ← {@code store} ← {@code exchange} and
 * {@code report} ← {@code ui} and {@code cli}; only the composition root {@code Launcher} sees the
 * window from outside {@code ui}; the window's views never touch the store; no package cycles.
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
    private static final String DESKTOP = BASE + ".desktop..";
    private static final String HANDOFF = BASE + ".handoff..";
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
            .should().dependOnClassesThat().resideInAnyPackage(STORE, EXCHANGE, REPORT, UI, CLI)
            .because("a rule lives once in the domain, and every other part may use it");

    @ArchTest
    static final ArchRule handoffIsPlainJavaOnItsOwn = noClasses().that().resideInAPackage(HANDOFF)
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", HANDOFF)
            .because("the hand-off between two threads serves the importer and the exporter alike, and knows"
                    + " nothing of either");

    @ArchTest
    static final ArchRule storeUsesNoJavaFx = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX, JAVAFX_INTERNAL, CONTROLSFX)
            .because("the command line and the tests use the store without a display");

    @ArchTest
    static final ArchRule storeSitsBelowTheCapabilities = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(EXCHANGE, REPORT, UI, CLI)
            .because("the store knows records and SQL, not the files and screens made from them");

    /** The store's contract with its callers: its interfaces and the records and enums they hand out. */
    static final DescribedPredicate<JavaClass> INTERFACES_AND_VALUES = DescribedPredicate.describe(
            "interfaces, records or enums", c -> c.isInterface() || c.isRecord() || c.isEnum());

    @ArchTest
    static final ArchRule theStoresInterfacesSayNothingOfSql = noClasses().that().resideInAPackage(STORE)
            .and().arePublic().and(INTERFACES_AND_VALUES)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("each repository is an interface with its SQLite implementation, and one for PostgreSQL"
                    + " comes next: what the callers see holds for both, and SQLite's specifics stay in its classes");

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
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the window is started in one place, and nothing else needs a display");

    @ArchTest
    static final ArchRule theWindowWritesNoSql = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the window reads and writes through the store");

    @ArchTest
    static final ArchRule onlyTheCatalogueNamesASetting = noClasses()
            .that().doNotHaveFullyQualifiedName(LedgerSettings.class.getName())
            .should().callConstructor(Setting.class, String.class, Object.class, Function.class, Function.class)
            .because("a setting's key is spelt once, in LedgerSettings, so no two parts read one value under two"
                    + " keys and a store of another kind keeps the same settings");

    /** The suffixes that name a class building controls: a view. */
    static final List<String> VIEW_SUFFIXES = List.of("View", "Dialog", "Window", "Pane", "Panel", "Form", "Banner",
            "Cell");

    /**
     * A view: a class of {@code ui} whose simple name ends with one of {@link #VIEW_SUFFIXES} (a
     * {@code …ViewModel} is none), and the classes nested in one (an anonymous cell, say).
     */
    static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "views (classes of ui named *View, *Dialog, *Window, *Pane, *Panel, *Form, *Banner or *Cell, not *ViewModel,"
                    + " and the classes nested in them)", ArchitectureTest::isView);

    static boolean isView(JavaClass c) {
        if (c.getEnclosingClass().isPresent() && isView(c.getEnclosingClass().get())) {
            return true;
        }
        String name = c.getSimpleName();
        return within(c, "ui") && !name.endsWith("ViewModel") && VIEW_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    @ArchTest
    static final ArchRule viewsNeverTouchTheStore = noClasses().that(VIEWS)
            .should().dependOnClassesThat().resideInAPackage(STORE)
            .because("a view shows what its view model gives it: what is read from the ledger and written to it,"
                    + " and when, is decided once in the view model, which a test runs without a display");

    /** Whether {@code c} lies in the application's package {@code layer} or below it. */
    private static boolean within(JavaClass c, String layer) {
        String p = c.getPackageName();
        return p.equals(BASE + "." + layer) || p.startsWith(BASE + "." + layer + ".");
    }

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses().that().resideInAPackage(UI)
            .and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a view model is tested without a window, and the view owns its controls: a view model"
                    + " exposes node view models, and the view makes the tree items and cells for them");

    /** The window's undoable commands and the changes and outcomes they report. */
    static final DescribedPredicate<JavaClass> COMMANDS_AND_CHANGES = DescribedPredicate.describe(
            "the window's commands, their outcomes and the ledger's changes", c -> within(c, "ui")
                    && (c.isAssignableTo(BASE + ".ui.session.LedgerCommand")
                            || c.isAssignableTo(BASE + ".ui.session.LedgerCommand$Outcome")
                            || c.isAssignableTo(BASE + ".ui.session.LedgerChange")));

    @ArchTest
    static final ArchRule commandsCarryTypedRecords = noFields().that().areDeclaredInClassesThat(COMMANDS_AND_CHANGES)
            .should().haveRawType(Object.class)
            .because("a record travels as a LedgerRecord, so that a switch over its kind names every kind of record"
                    + " and the compiler finds what an Object would hide until it is cast at run time");

    @ArchTest
    static final ArchRule pdfOnlyInReport = noClasses().that().resideOutsideOfPackage(REPORT)
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
            .because("PDF pages are laid out and read in one place, so the preview, the print and the file agree");

    @ArchTest
    static final ArchRule consoleOnlyForTheCommandLine = noClasses()
            .that().resideOutsideOfPackages(CLI, DESKTOP)
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the window speaks in its own messages and the log file; only the command line (and the"
                    + " process's console logging) writes to the console");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching(BASE + ".(*)..")
            .should().beFreeOfCycles()
            .because("each layer can be understood and tested with only the layers below it");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(BASE + ".(**)")
            .should().beFreeOfCycles()
            .because("a package per capability stays small only when no two of them need each other");
}
