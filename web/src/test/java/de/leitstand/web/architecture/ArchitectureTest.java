package de.leitstand.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of the house (shared/architecture.md, README "Architecture") as tests over every module's
 * main code: a change that breaks one fails the build with the offending class and dependency.
 */
@AnalyzeClasses(packages = "de.leitstand", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /** The modules' test jars (kernel's test support) are test code too. */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    private static final String[] INTERNALS = {"domain", "application", "infrastructure", "rest"};

    private static String[] internalsOf(String context) {
        String[] packages = new String[INTERNALS.length];
        for (int i = 0; i < INTERNALS.length; i++) {
            packages[i] = "de.leitstand." + context + "." + INTERNALS[i] + "..";
        }
        return packages;
    }

    /** The tenancy rule (README "Security"): the same check stops a deployment, this one fails the build first. */
    @ArchTest
    static final ArchRule everyEntityDeclaresItsTenancy = classes()
            .that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                    "be exactly one of TenantScoped, @SharedData, @NationalData or @PartOf") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass entity, com.tngtech.archunit.lang.ConditionEvents events) {
                    int marks = (entity.isAssignableTo(de.leitstand.kernel.api.persistence.TenantScoped.class) ? 1 : 0)
                            + (isMarked(entity, de.leitstand.kernel.api.persistence.SharedData.class) ? 1 : 0)
                            + (isMarked(entity, de.leitstand.kernel.api.persistence.NationalData.class) ? 1 : 0)
                            + (isMarked(entity, de.leitstand.kernel.api.persistence.PartOf.class) ? 1 : 0);
                    if (marks != 1) {
                        events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(entity,
                                entity.getName() + " declares " + marks + " tenancy scopes"));
                    }
                }
            });

    private static boolean isMarked(com.tngtech.archunit.core.domain.JavaClass type, Class<? extends java.lang.annotation.Annotation> mark) {
        for (var current = java.util.Optional.of(type); current.isPresent(); current = current.get().getRawSuperclass()) {
            if (current.get().isAnnotatedWith(mark)) {
                return true;
            }
        }
        return false;
    }

    @ArchTest
    static final ArchRule noContextDependsOnTheWebModule = noClasses()
            .that().resideOutsideOfPackage("de.leitstand.web..")
            .should().dependOnClassesThat().resideInAPackage("de.leitstand.web..");

    @ArchTest
    static final ArchRule theKernelDependsOnNoContext = noClasses()
            .that().resideInAPackage("de.leitstand.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.planning..", "de.leitstand.controlling..",
                    "de.leitstand.programmes..", "de.leitstand.reporting..");

    @ArchTest
    static final ArchRule planningDependsOnlyOnTheKernel = noClasses()
            .that().resideInAPackage("de.leitstand.planning..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.controlling..", "de.leitstand.programmes..",
                    "de.leitstand.reporting..");

    @ArchTest
    static final ArchRule programmesDependsOnlyOnTheKernel = noClasses()
            .that().resideInAPackage("de.leitstand.programmes..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.planning..", "de.leitstand.controlling..",
                    "de.leitstand.reporting..");

    @ArchTest
    static final ArchRule controllingDependsOnTheKernelAndPlanning = noClasses()
            .that().resideInAPackage("de.leitstand.controlling..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.programmes..", "de.leitstand.reporting..");

    @ArchTest
    static final ArchRule contextsMeetOnlyThroughTheKernelsApi = noClasses()
            .that().resideOutsideOfPackage("de.leitstand.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(internalsOf("kernel"));

    @ArchTest
    static final ArchRule contextsMeetOnlyThroughPlanningsApi = noClasses()
            .that().resideOutsideOfPackage("de.leitstand.planning..")
            .should().dependOnClassesThat().resideInAnyPackage(internalsOf("planning"));

    @ArchTest
    static final ArchRule contextsMeetOnlyThroughControllingsApi = noClasses()
            .that().resideOutsideOfPackage("de.leitstand.controlling..")
            .should().dependOnClassesThat().resideInAnyPackage(internalsOf("controlling"));

    @ArchTest
    static final ArchRule contextsMeetOnlyThroughProgrammesApi = noClasses()
            .that().resideOutsideOfPackage("de.leitstand.programmes..")
            .should().dependOnClassesThat().resideInAnyPackage(internalsOf("programmes"));

    @ArchTest
    static final ArchRule contextsMeetOnlyThroughReportingsApi = noClasses()
            .that().resideOutsideOfPackage("de.leitstand.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage(internalsOf("reporting"));

    @ArchTest
    static final ArchRule theDomainUsesNoFrameworkButJpa = classes()
            .that().resideInAPackage("de.leitstand.*.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta.persistence..", "de.leitstand..");

    @ArchTest
    static final ArchRule theDomainKnowsNoOuterLayer = noClasses()
            .that().resideInAPackage("de.leitstand.*.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.*.application..", "de.leitstand.*.infrastructure..",
                    "de.leitstand.*.rest..");

    @ArchTest
    static final ArchRule theApiExposesNoInternals = noClasses()
            .that().resideInAPackage("de.leitstand.*.api..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.*.domain..", "de.leitstand.*.application..",
                    "de.leitstand.*.infrastructure..", "de.leitstand.*.rest..");

    @ArchTest
    static final ArchRule applicationsDoNotReachIntoInfrastructure = noClasses()
            .that().resideInAPackage("de.leitstand.*.application..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.*.infrastructure..", "de.leitstand.*.rest..");

    @ArchTest
    static final ArchRule pageBeansTalkToApisOnly = noClasses()
            .that().resideInAPackage("de.leitstand.web..")
            .should().dependOnClassesThat().resideInAnyPackage("de.leitstand.*.domain..", "de.leitstand.*.application..",
                    "de.leitstand.*.infrastructure..");
}
