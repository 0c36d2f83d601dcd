package dev.mim.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The testkit's public API is plain Java: QuickTheories' types show only in its bridge package. */
class TestkitArchitectureTest {

  private final JavaClasses testkit = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.mim.testkit");

  @Test
  void noPublicMethodOutsideTheBridgeTakesOrReturnsAQuickTheoriesType() {
    noMethods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage(
            "dev.mim.testkit.quicktheories..")
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a QuickTheories type",
            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.quicktheories")))
        .check(testkit);
  }

  @Test
  void onlyTheBridgeAndTheContractsUseQuickTheories() {
    noClasses().that().resideOutsideOfPackages("dev.mim.testkit.quicktheories..", "dev.mim.testkit.contract..")
        .should().dependOnClassesThat().resideInAPackage("org.quicktheories..")
        .check(testkit);
  }
}
