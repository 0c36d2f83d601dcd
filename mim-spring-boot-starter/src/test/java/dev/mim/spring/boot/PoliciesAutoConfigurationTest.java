package dev.mim.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.config.PolicyDirectory;
import dev.mim.config.PolicyDocuments;
import dev.mim.config.DocumentFormat;
import dev.mim.core.incident.TenantId;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Each tenant's policies: the documents of a location, mim's defaults, or the application's own. */
class PoliciesAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MimPoliciesAutoConfiguration.class));

  @Test
  void withoutALocationEveryTenantHasMimsDefaults() {
    runner.run(context -> assertThat(context.getBean(TenantPolicies.class)).isSameAs(PolicySet.ofDefaults()));
  }

  @Test
  void eachDocumentOfTheLocationIsItsTenantsAndDefaultIsEveryOtherTenants() {
    runner.withPropertyValues("mim.policies.location=classpath:mim/policies").run(context -> {
      PolicyDirectory directory = context.getBean(PolicyDirectory.class);
      assertThat(directory.document(TenantId.of("acme")).orElseThrow().id()).isEqualTo("acme");
      assertThat(directory.policiesFor(TenantId.of("acme")).escalation().toString()).contains("duty manager");
      assertThat(directory.document(TenantId.of("globex"))).isEmpty();
      assertThat(directory.policiesFor(TenantId.of("globex")).escalation())
          .isEqualTo(PolicySet.ofDefaults().escalation());
    });
  }

  @Test
  void aFolderOnDiskIsReadTooInEitherFormat(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("initech.json"),
        PolicyDocuments.write(PolicyDocuments.preset("managed-service-provider"), DocumentFormat.JSON));
    runner.withPropertyValues("mim.policies.location=file:" + folder).run(context -> {
      PolicyDirectory directory = context.getBean(PolicyDirectory.class);
      assertThat(directory.document(TenantId.of("initech")).orElseThrow().id())
          .isEqualTo(PolicyDocuments.preset("managed-service-provider").id());
      assertThat(context).getBean(TenantPolicies.class).isSameAs(directory);
    });
  }

  @Test
  void anInvalidDocumentStopsTheApplicationNamingTheFileAndTheProblem() {
    runner.withPropertyValues("mim.policies.location=classpath:mim/broken/").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("globex.yaml")
          .hasStackTraceContaining("mim.policies.location=classpath:mim/broken/")
          .hasStackTraceContaining("/verificationWindow");
    });
  }

  @Test
  void aLocationWithoutDocumentsStopsTheApplication(@TempDir Path empty) {
    runner.withPropertyValues("mim.policies.location=file:" + empty).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("holds no policy document");
    });
  }

  @Test
  void aFileNotNamedAfterATenantStopsTheApplication(@TempDir Path folder) throws Exception {
    String tooLong = "t".repeat(129);
    Files.writeString(folder.resolve(tooLong + ".yaml"), "schema: 1\nid: x\nversion: 1\n");
    runner.withPropertyValues("mim.policies.location=file:" + folder).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining(tooLong + ".yaml")
          .hasStackTraceContaining("not named after a tenant");
    });
  }

  @Test
  void theApplicationsOwnPoliciesWin() {
    PolicySet own = PolicySet.custom().build();
    runner.withPropertyValues("mim.policies.location=classpath:mim/policies")
        .withBean(TenantPolicies.class, () -> own)
        .run(context -> assertThat(context.getBean(TenantPolicies.class)).isSameAs(own));
  }
}
