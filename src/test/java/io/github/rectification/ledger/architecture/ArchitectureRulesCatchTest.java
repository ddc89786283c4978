package io.github.rectification.ledger.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.rectification.ledger.cli.planted.PlantedWindowCommand;
import io.github.rectification.ledger.domain.PlantedSettingKey;
import io.github.rectification.ledger.domain.planted.PlantedSqlRecord;
import io.github.rectification.ledger.exchange.planted.PlantedConsole;
import io.github.rectification.ledger.report.planted.PlantedSummaryForm;
import io.github.rectification.ledger.handoff.planted.PlantedStoreHandoff;
import io.github.rectification.ledger.store.planted.PlantedSqlRepository;
import io.github.rectification.ledger.store.planted.PlantedSqlRow;
import io.github.rectification.ledger.ui.planted.PlantedPdfReader;
import io.github.rectification.ledger.ui.planted.PlantedSettingsDialog;
import io.github.rectification.ledger.ui.planted.PlantedSettingsViewModel;
import io.github.rectification.ledger.ui.planted.PlantedTreeViewModel;
import io.github.rectification.ledger.ui.planted.PlantedUntypedCommand;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule reports a violation planted for it, so a rule that silently matches
 * nothing (a misspelt package, say) fails here instead of passing forever.
 */
class ArchitectureRulesCatchTest {
    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(PlantedPdfReader.class,
            PlantedConsole.class, PlantedSqlRecord.class, PlantedWindowCommand.class, PlantedTreeViewModel.class,
            PlantedSettingsDialog.class, PlantedSettingsDialog.BackupCell.class, PlantedSettingsViewModel.class,
            PlantedSettingKey.class, PlantedSqlRepository.class, PlantedSqlRow.class, PlantedStoreHandoff.class,
            PlantedUntypedCommand.class);

    @Test
    void pdfBoxOutsideReportIsCaught() {
        assertCaught(ArchitectureTest.pdfOnlyInReport, "PlantedPdfReader", "PDDocument");
    }

    @Test
    void consoleOutputOutsideTheCommandLineIsCaught() {
        assertCaught(ArchitectureTest.consoleOnlyForTheCommandLine, "PlantedConsole", "System.out");
        assertCaught(ArchitectureTest.consoleOnlyForTheCommandLine, "PlantedConsole", "System.err");
    }

    @Test
    void sqlInTheWindowIsCaught() {
        assertCaught(ArchitectureTest.theWindowWritesNoSql, "PlantedPdfReader", "java.sql.Connection");
    }

    @Test
    void sqlAndTheStoreInTheDomainAreCaught() {
        assertCaught(ArchitectureTest.domainIsPlainJava, "PlantedSqlRecord", "java.sql.ResultSet");
        assertCaught(ArchitectureTest.domainDependsOnNothingElseOfTheApp, "PlantedSqlRecord", "LedgerStore");
    }

    @Test
    void aRepositoryOrARecordOfTheStoreThatHandsOutSqlIsCaught() {
        assertCaught(ArchitectureTest.theStoresInterfacesSayNothingOfSql, "PlantedSqlRepository", "java.sql.ResultSet");
        assertCaught(ArchitectureTest.theStoresInterfacesSayNothingOfSql, "PlantedSqlRow", "java.sql.Timestamp");
    }

    @Test
    void aSettingNamedOutsideTheCatalogueIsCaught() {
        assertCaught(ArchitectureTest.onlyTheCatalogueNamesASetting, "PlantedSettingKey", "Setting.<init>");
    }

    @Test
    void aControlInAViewModelIsCaught() {
        assertCaught(ArchitectureTest.viewModelsHoldNoControls, "PlantedTreeViewModel", "javafx.scene.control.TreeItem");
    }

    @Test
    void aViewReachingIntoTheStoreIsCaughtAndAViewModelIsNot() {
        assertCaught(ArchitectureTest.viewsNeverTouchTheStore, "PlantedSettingsDialog", "LedgerStore");
        // a class nested in a view is part of it
        assertCaught(ArchitectureTest.viewsNeverTouchTheStore, "PlantedSettingsDialog$BackupCell", "store.Backup");
        EvaluationResult result = ArchitectureTest.viewsNeverTouchTheStore.evaluate(PLANTED);
        assertThat(result.getFailureReport().getDetails()).noneSatisfy(line -> assertThat(line)
                .contains("PlantedSettingsViewModel"));
    }

    @Test
    void viewsAreNamedByTheirSuffixWithinTheWindowOnly() {
        JavaClasses all = new ClassFileImporter().importClasses(PlantedSettingsDialog.class,
                PlantedSettingsDialog.BackupCell.class, PlantedSettingsViewModel.class, PlantedSummaryForm.class);
        assertThat(all.get(PlantedSettingsDialog.class)).matches(ArchitectureTest::isView);
        assertThat(all.get(PlantedSettingsDialog.BackupCell.class)).matches(ArchitectureTest::isView);
        assertThat(all.get(PlantedSettingsViewModel.class)).matches(c -> !ArchitectureTest.isView(c));
        // a *Form outside ui is no view
        assertThat(all.get(PlantedSummaryForm.class)).matches(c -> !ArchitectureTest.isView(c));
        assertThat(ArchitectureTest.viewsNeverTouchTheStore.evaluate(all).getFailureReport().getDetails())
                .noneSatisfy(line -> assertThat(line).contains("PlantedSummaryForm"));
    }

    @Test
    void theStoreInTheHandoffIsCaught() {
        assertCaught(ArchitectureTest.handoffIsPlainJavaOnItsOwn, "PlantedStoreHandoff", "LedgerStore");
    }

    @Test
    void aCommandHoldingItsRecordAsAnObjectIsCaught() {
        assertCaught(ArchitectureTest.commandsCarryTypedRecords, "PlantedUntypedCommand.record", "java.lang.Object");
    }

    @Test
    void javaFxInTheCommandLineIsCaught() {
        assertCaught(ArchitectureTest.commandLineNeverTouchesJavaFx, "PlantedWindowCommand", "javafx.scene.control.Label");
    }

    @Test
    void theRulesStateTheirReason() {
        for (ArchRule rule : new ArchRule[] {ArchitectureTest.pdfOnlyInReport, ArchitectureTest.consoleOnlyForTheCommandLine,
                ArchitectureTest.theWindowWritesNoSql, ArchitectureTest.domainIsPlainJava,
                ArchitectureTest.domainDependsOnNothingElseOfTheApp, ArchitectureTest.handoffIsPlainJavaOnItsOwn,
                ArchitectureTest.storeUsesNoJavaFx,
                ArchitectureTest.storeSitsBelowTheCapabilities, ArchitectureTest.commandLineNeverTouchesJavaFx,
                ArchitectureTest.onlyTheLauncherReachesIntoTheWindow, ArchitectureTest.viewsNeverTouchTheStore,
                ArchitectureTest.noCyclesBetweenLayers, ArchitectureTest.noCyclesBetweenPackages,
                ArchitectureTest.viewModelsHoldNoControls, ArchitectureTest.onlyTheCatalogueNamesASetting,
                ArchitectureTest.theStoresInterfacesSayNothingOfSql, ArchitectureTest.commandsCarryTypedRecords}) {
            assertThat(rule.getDescription()).as("rule without a reason").contains(", because ");
        }
    }

    private static void assertCaught(ArchRule rule, String planted, String what) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains(planted).contains(what));
    }
}
