package dev.mim.policies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PoliciesArchitectureTest {

  @Test
  void policiesUseOnlyTheCoreApiNotItsInternals() {
    noClasses().that().resideInAPackage("dev.mim.policies..")
        .should().dependOnClassesThat().resideInAPackage("dev.mim.core.internal..")
        .because("mim-policies depends on mim-core's API only")
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mim.policies"));
  }
}
