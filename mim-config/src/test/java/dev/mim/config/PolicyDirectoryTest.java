package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.incident.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PolicyDirectoryTest {

  private static final TenantId ACME = TenantId.of("acme");

  private static PolicyDocument version(String id, long version, int windowHours) {
    return PolicyDocuments.read("id: " + id + "\nversion: " + version + "\nverificationWindow: PT" + windowHours
        + "H\n", DocumentFormat.YAML);
  }

  @Test
  void aTenantsDocumentOnlyMovesForwardAndItsPoliciesAreTheCurrentOnes() {
    PolicyDirectory directory = PolicyDirectory.empty();
    assertEquals(Optional.empty(), directory.publish(ACME, version("acme", 2, 24)));
    assertEquals(Duration.ofHours(24), directory.policiesFor(ACME).verificationWindow());
    IllegalArgumentException older = assertThrows(IllegalArgumentException.class,
        () -> directory.publish(ACME, version("acme", 1, 48)));
    assertEquals("tenant acme has document acme at version 2: version 1 does not move it forward", older.getMessage());
    assertThrows(IllegalArgumentException.class, () -> directory.publish(ACME, version("acme", 2, 48)));
    assertEquals(Duration.ofHours(24), directory.policiesFor(ACME).verificationWindow(), "nothing changed");
    assertEquals(2, directory.publish(ACME, version("acme", 3, 48)).orElseThrow().version());
    assertEquals(Duration.ofHours(48), directory.policiesFor(ACME).verificationWindow());
    directory.publish(ACME, version("acme-2027", 1, 72));
    assertEquals(Duration.ofHours(72), directory.policiesFor(ACME).verificationWindow(), "another id, any version");
  }

  @Test
  void aTenantWithoutADocumentHasTheFallbackOrNone() {
    assertThrows(IllegalArgumentException.class, () -> PolicyDirectory.empty().policiesFor(ACME));
    PolicyDocument defaults = PolicyDocuments.defaults("defaults");
    PolicyDirectory directory = PolicyDirectory.withFallback(defaults);
    assertSame(defaults.policySet(), directory.policiesFor(ACME));
    assertEquals(Optional.empty(), directory.document(ACME));
    assertEquals("PolicyDirectory{} with the fallback defaults v1", directory.toString());
    directory.publish(ACME, version("acme", 1, 24));
    assertEquals("PolicyDirectory{acme=acme v1} with the fallback defaults v1", directory.toString());
    assertEquals("PolicyDirectory{}", PolicyDirectory.empty().toString());
  }

  @Test
  void racingPublishersLeaveTheNewestVersionWhateverTheOrder() throws Exception {
    PolicyDirectory directory = PolicyDirectory.empty();
    List<PolicyDocument> versions = new ArrayList<>();
    for (int v = 1; v <= 200; v++) {
      versions.add(version("acme", v, 1 + v % 100));
    }
    Collections.shuffle(versions, new java.util.Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (PolicyDocument d : versions) {
      done.add(pool.submit(() -> {
        try {
          directory.publish(ACME, d);
        } catch (IllegalArgumentException refusedAsOlder) {
          // expected for every version published after a newer one
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertEquals(200, directory.document(ACME).orElseThrow().version());
  }
}
