package dev.mim.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Configuration;

/**
 * The default build runs every property on one fixed seed, so that it passes or fails the same way on every
 * machine; only the explore profile ({@code -Pexplore}) draws fresh ones.
 */
class PropertySeedTest {

  @Test
  void theDefaultBuildGivesQuickTheoriesAndTheFuzzTestAFixedSeed() {
    if (Boolean.getBoolean("mim.explore")) {
      return; // exploring: fresh seeds on purpose
    }
    String seed = System.getProperty(Configuration.SEED);
    assertNotNull(seed, "QT_SEED must be set by the build (mim.property.seed)");
    assertEquals(Long.parseLong(seed), Long.getLong("mim.fuzz.seed"), "the fuzz test runs on the same seed");
  }
}
