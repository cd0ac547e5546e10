package io.braingobrrr.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.braingobrrr.acquisition.archfixture.AcquisitionUsingAnalysis;
import io.braingobrrr.acquisition.archfixture.AcquisitionUsingSync;
import io.braingobrrr.analysis.archfixture.AnalysisUsingApp;
import io.braingobrrr.analysis.archfixture.AnalysisUsingSync;
import io.braingobrrr.core.archfixture.CoreUsingAnalysis;
import io.braingobrrr.core.archfixture.CoreUsingJavaFx;
import io.braingobrrr.core.recording.archfixture.ModelUsingEdfReader;
import io.braingobrrr.sync.archfixture.SyncUsingAcquisition;
import io.braingobrrr.sync.archfixture.SyncUsingAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks the production classes of every module against the dependency rules, and proves each rule
 * can fail: the fixtures in this test folder (never shipped) break one rule each.
 */
class ModuleRulesTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.braingobrrr");

    @Test
    void productionClassesOfAllModulesAreImported() {
        // A rule over zero classes passes trivially; make sure core and app were really found.
        assertTrue(PRODUCTION.contain("io.braingobrrr.core.recording.SignalSource"));
        assertTrue(PRODUCTION.contain("io.braingobrrr.app.Main"));
        assertFalse(PRODUCTION.contain(CoreUsingJavaFx.class.getName()), "test fixtures must not be checked as production");
    }

    @Test
    void productionClassesFollowEveryRule() {
        for (ArchRule rule : ModuleRules.ALL) rule.check(PRODUCTION);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of(ModuleRules.NO_JAVAFX_BELOW_APP, CoreUsingJavaFx.class),
                Arguments.of(ModuleRules.CORE_STANDS_ALONE, CoreUsingAnalysis.class),
                Arguments.of(ModuleRules.NOTHING_DEPENDS_ON_APP, AnalysisUsingApp.class),
                Arguments.of(ModuleRules.ANALYSIS_DEPENDS_ON_CORE_ONLY, AnalysisUsingSync.class),
                Arguments.of(ModuleRules.ACQUISITION_INDEPENDENT_OF_SYNC, AcquisitionUsingSync.class),
                Arguments.of(ModuleRules.SYNC_INDEPENDENT_OF_ACQUISITION, SyncUsingAcquisition.class),
                Arguments.of(ModuleRules.CORE_MODEL_AT_THE_BOTTOM, ModelUsingEdfReader.class));
    }

    @ParameterizedTest(name = "{1} breaks the rule")
    @MethodSource("violations")
    void eachRuleReportsItsViolation(ArchRule rule, Class<?> fixture) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(fixture));
        assertTrue(result.hasViolation(), "rule did not catch " + fixture.getSimpleName());
        assertTrue(result.getFailureReport().toString().contains(fixture.getName()));
    }

    @Test
    void aCycleBetweenCorePackagesIsReported() {
        // ModelUsingEdfReader (recording -> edf) closes a cycle with EdfReader (edf -> recording)
        JavaClasses cyclic = new ClassFileImporter().importPackagesOf(ModelUsingEdfReader.class,
                io.braingobrrr.core.edf.EdfReader.class, io.braingobrrr.core.recording.SignalSource.class);
        assertTrue(cyclic.contain(ModelUsingEdfReader.class.getName()), "fixture imported");
        assertTrue(ModuleRules.CORE_PACKAGES_FREE_OF_CYCLES.evaluate(cyclic).hasViolation(), cyclic.size() + " classes");
    }

    @Test
    void acquisitionAndSyncMayUseAnalysis() {
        JavaClasses allowed = new ClassFileImporter().importClasses(AcquisitionUsingAnalysis.class, SyncUsingAnalysis.class);
        for (ArchRule rule : new ArchRule[] {ModuleRules.ACQUISITION_INDEPENDENT_OF_SYNC,
                ModuleRules.SYNC_INDEPENDENT_OF_ACQUISITION, ModuleRules.NO_JAVAFX_BELOW_APP}) {
            assertFalse(rule.evaluate(allowed).hasViolation(), rule.getDescription());
        }
    }
}
