package org.receptive;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of the house point one way, checked on the compiled classes (so an inline
 * {@code javafx.} name counts as much as an import): nothing below the UI uses JavaFX (JabRef
 * keeps the same rule as {@code doNotUseGuiInLogic}), the engine uses no other package of ours,
 * what ships never reaches into the demo harness, and only the command line writes to the
 * standard streams (JabRef's {@code restrictStandardStreams}), and no two parts, views, or
 * sub-packages of the studio need each other. A rule whose classes are all
 * missing fails too (ArchUnit's default), so a wrong package name cannot make it pass on nothing.
 */
@AnalyzeClasses(packages = "org.receptive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule logicNeverUsesJavaFx = noClasses()
            .that().resideInAnyPackage("org.receptive.engine..", "org.receptive.data..", "org.receptive.stepper..",
                    "org.receptive.lesson..", "org.receptive.cortex..", "org.receptive.cli..",
                    "org.receptive.explain..", "org.receptive.settings..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the logic must run and be tested without a window, and the command line without JavaFX");

    @ArchTest
    static final ArchRule engineUsesNoOtherPackageOfOurs = noClasses()
            .that().resideInAPackage("org.receptive.engine..")
            .should().dependOnClassesThat(resideInAPackage("org.receptive..").and(not(resideInAPackage("org.receptive.engine.."))))
            .because("everything else builds on the engine");

    @ArchTest
    static final ArchRule nothingThatShipsUsesTheDemoHarness = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.receptive.demo..")
            .because("the screenshot harness lives in the test sources and is not part of the app");

    @ArchTest
    static final ArchRule onlyTheCommandLineWritesToTheStandardStreams = noClasses()
            .that().resideOutsideOfPackage("org.receptive.cli..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the app says things in its window; only the command line prints");

    @ArchTest
    static final ArchRule partsDependOnEachOtherOneWay = slices().matching("org.receptive.(*)..").should().beFreeOfCycles()
            .because("each package-info says what its part may use, and no two parts may need each other");

    @ArchTest
    static final ArchRule viewsDependOnEachOtherOneWay = slices().matching("org.receptive.ui.(*)..").should().beFreeOfCycles()
            .because("a view may use another's pieces (the Network view's stages), never the other way round as well");

    @ArchTest
    static final ArchRule theStudiosSubPackagesDoNotUseTheStudio = noClasses().that().resideInAPackage("org.receptive.ui.training.*..")
            .should().dependOnClassesThat().resideInAPackage("org.receptive.ui.training")
            .because("the design editor, the kernels card and the results tab see the studio only through narrow interfaces");
}
