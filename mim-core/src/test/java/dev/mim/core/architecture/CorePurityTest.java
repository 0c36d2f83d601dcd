package dev.mim.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** mim-core stays pure: no I/O, no threads, no clock reads, no static mutable state, no cycles. */
class CorePurityTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.mim.core");
  }

  @Test
  void coreDependsOnlyOnTheJdkSlf4jAndJacksonAnnotations() {
    classes().that().resideInAPackage("dev.mim.core..")
        .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java..", "dev.mim.core..",
            "org.slf4j..", "com.fasterxml.jackson.annotation..").or(COMPILE_TIME_ANNOTATIONS).or(NULLNESS_ANNOTATIONS))
        .because("mim-core's run-time dependencies are slf4j-api and jackson-annotations, and no other mim module")
        .check(core);
  }

  /**
   * Immutables' annotations, its {@code @Generated} marker and the enums their members take: kept in the class
   * files but never loaded at run time (retention CLASS), so they are no run-time dependency.
   */
  private static final DescribedPredicate<JavaClass> COMPILE_TIME_ANNOTATIONS = DescribedPredicate.describe(
      "Immutables' compile-time (CLASS retention) annotations",
      c -> c.getPackageName().equals("org.immutables.value") && (compileTimeAnnotation(c)
          || c.isEnum() && c.getEnclosingClass().filter(CorePurityTest::compileTimeAnnotation).isPresent()));

  /**
   * JSpecify's nullness annotations, and nothing else of JSpecify: in the class files for compilers and tools, and
   * absent at run time without harm (a missing annotation is skipped; DependencyFootprintTest runs without them).
   */
  private static final DescribedPredicate<JavaClass> NULLNESS_ANNOTATIONS = DescribedPredicate.describe(
      "JSpecify's nullness annotations", c -> c.getPackageName().equals("org.jspecify.annotations") && c.isAnnotation());

  private static boolean compileTimeAnnotation(JavaClass c) {
    return c.isAnnotation()
        && c.tryGetAnnotationOfType(Retention.class).map(r -> r.value() != RetentionPolicy.RUNTIME).orElse(true);
  }

  @Test
  void coreDoesNoIoNetworkingSqlOrFiles() {
    noClasses().that().resideInAPackage("dev.mim.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..",
            "javax.sql..", "java.net.http..", "java.rmi..")
        .because("mim-core is a pure domain model: the host does the I/O")
        .check(core);
  }

  @Test
  void coreStartsNoThreadsAndUsesNoRandomness() {
    noClasses().that().resideInAPackage("dev.mim.core..")
        .should().dependOnClassesThat().resideInAnyPackage("java.util.concurrent..")
        .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
        .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
        .because("decisions must be deterministic and single-threaded")
        .check(core);
  }

  @Test
  void coreNeverReadsAClock() {
    noClasses().that().resideInAPackage("dev.mim.core..")
        .should().dependOnClassesThat().areAssignableTo(Clock.class)
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(OffsetDateTime.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .because("time arrives with commands and queries")
        .check(core);
  }

  @Test
  void coreHasNoStaticMutableState() {
    fields().that().areDeclaredInClassesThat().resideInAPackage("dev.mim.core..").and().areStatic()
        .should().beFinal()
        .because("a library instance serves many tenants and threads; nothing may be shared and changed")
        .check(core);
  }

  @Test
  void staticArraysArePrivateLookupTables() {
    // An array is mutable even behind a final field; the only ones allowed are private tables filled once
    // (and the compiler's own switch maps).
    fields().that().areDeclaredInClassesThat().resideInAPackage("dev.mim.core..").and().areStatic()
        .and().doNotHaveModifier(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)
        .and().haveRawType(com.tngtech.archunit.base.DescribedPredicate.describe("an array",
            (com.tngtech.archunit.core.domain.JavaClass t) -> t.isArray()))
        .should().bePrivate()
        .check(core);
  }

  @Test
  void corePackagesAreFreeOfCycles() {
    slices().matching("dev.mim.core.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void theModelDoesNotDependOnTheEngineOrThePolicies() {
    noClasses().that().resideInAnyPackage("dev.mim.core.incident..", "dev.mim.core.priority..",
            "dev.mim.core.service..", "dev.mim.core.comms..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.mim.core.lifecycle..", "dev.mim.core.spi..")
        .check(core);
    noClasses().that().resideInAPackage("dev.mim.core.spi..")
        .should().dependOnClassesThat().resideInAPackage("dev.mim.core.lifecycle..")
        .check(core);
  }
}
