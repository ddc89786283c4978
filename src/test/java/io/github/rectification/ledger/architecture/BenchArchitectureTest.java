package io.github.rectification.ledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks are compiled with the tests (which the other architecture rules leave out), so
 * their rule is checked here, on their classes alone.
 */
class BenchArchitectureTest {
    private static final String BENCH = ArchitectureTest.BASE + ".bench";

    @Test
    void theBenchmarksNeverTouchTheWindow() {
        JavaClasses bench = new ClassFileImporter().importPackages(BENCH);
        assertThat(bench.stream().map(c -> c.getSimpleName())).contains("BenchCommand", "SyntheticLedger");
        ArchRule rule = noClasses().that().resideInAPackage(BENCH)
                .should().dependOnClassesThat().resideInAnyPackage(ArchitectureTest.BASE + ".ui..", "javafx..")
                .because("the benchmarks run from the command line, without a display");
        rule.check(bench);
    }
}
