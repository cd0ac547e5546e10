package io.braingobrrr.app.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module dependency rules of docs/ARCHITECTURE.md. Maven already stops a module from compiling
 * against one it does not declare; these rules also catch a pom change that would let a dependency
 * point up, and JavaFX creeping into the modules that must run headless (REST server, batch analysis).
 */
final class ModuleRules {
    static final String CORE = "io.braingobrrr.core..";
    static final String ANALYSIS = "io.braingobrrr.analysis..";
    static final String ACQUISITION = "io.braingobrrr.acquisition..";
    static final String SYNC = "io.braingobrrr.sync..";
    static final String APP = "io.braingobrrr.app..";

    private ModuleRules() {
    }

    static final ArchRule NO_JAVAFX_BELOW_APP = noClasses()
            .that().resideInAnyPackage(CORE, ANALYSIS, ACQUISITION, SYNC)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("only the app module knows JavaFX; the others run headless");

    static final ArchRule CORE_STANDS_ALONE = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ANALYSIS, ACQUISITION, SYNC, APP)
            .because("core is the shared kernel every other module stands on");

    static final ArchRule NOTHING_DEPENDS_ON_APP = noClasses()
            .that().resideInAnyPackage(ANALYSIS, ACQUISITION, SYNC)
            .should().dependOnClassesThat().resideInAPackage(APP)
            .because("app is the top: GUI and CLI call down into the services")
            .allowEmptyShould(true);

    static final ArchRule ANALYSIS_DEPENDS_ON_CORE_ONLY = noClasses()
            .that().resideInAPackage(ANALYSIS)
            .should().dependOnClassesThat().resideInAnyPackage(ACQUISITION, SYNC)
            .because("analysis is pure computation on recordings")
            .allowEmptyShould(true);

    /** acquisition may use analysis (live signal quality), never sync. */
    static final ArchRule ACQUISITION_INDEPENDENT_OF_SYNC = noClasses()
            .that().resideInAPackage(ACQUISITION)
            .should().dependOnClassesThat().resideInAPackage(SYNC)
            .because("recording must work without any network code")
            .allowEmptyShould(true);

    /** sync may use analysis (it pushes results), never acquisition. */
    static final ArchRule SYNC_INDEPENDENT_OF_ACQUISITION = noClasses()
            .that().resideInAPackage(SYNC)
            .should().dependOnClassesThat().resideInAPackage(ACQUISITION)
            .because("sync reads finished recordings from the store, not from devices")
            .allowEmptyShould(true);

    /** Inside core the model is the bottom: readers, writers and the store build on it, never the reverse. */
    static final ArchRule CORE_MODEL_AT_THE_BOTTOM = noClasses()
            .that().resideInAnyPackage("io.braingobrrr.core.recording..", "io.braingobrrr.core.montage..")
            .should().dependOnClassesThat().resideInAnyPackage("io.braingobrrr.core.edf..", "io.braingobrrr.core.gdf..",
                    "io.braingobrrr.core.io..", "io.braingobrrr.core.store..", "io.braingobrrr.core.synth..")
            .because("the recording model is what every file format and the store share");

    static final ArchRule CORE_PACKAGES_FREE_OF_CYCLES = slices().matching("io.braingobrrr.core.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle between core packages makes them one package in all but name");

    static final ArchRule[] ALL = {NO_JAVAFX_BELOW_APP, CORE_STANDS_ALONE, NOTHING_DEPENDS_ON_APP,
            ANALYSIS_DEPENDS_ON_CORE_ONLY, ACQUISITION_INDEPENDENT_OF_SYNC, SYNC_INDEPENDENT_OF_ACQUISITION,
            CORE_MODEL_AT_THE_BOTTOM, CORE_PACKAGES_FREE_OF_CYCLES};
}
