package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.spi.PolicySet;
import dev.mim.policies.PolicyPresets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each preset of mim-policies as a document decides exactly as the preset in Java: the same decision for every
 * command of {@value #SEQUENCES} generated command sequences per preset, on a fixed seed.
 */
class PresetDocumentsTest {

  static final int SEQUENCES = 1_000;
  static final long SEED = 0x5EED_C0F1_6L;

  private static final Map<String, Supplier<PolicySet>> PRESETS = Map.of(
      "validate-first", PolicyPresets::validateFirst,
      "monitoring-first", PolicyPresets::monitoringFirst,
      "managed-service-provider", PolicyPresets::managedServiceProvider);

  @Test
  void everyPresetsDocumentDecidesEveryGeneratedSequenceAsThePresetDoes() {
    assertEquals(PolicyDocuments.PRESETS.stream().sorted().toList(), PRESETS.keySet().stream().sorted().toList(),
        "every preset has a document");
    for (String name : PolicyDocuments.PRESETS) {
      PolicySet java = PRESETS.get(name).get();
      PolicySet document = PolicyDocuments.preset(name).policySet();
      // the settings that are data are equal; the generated sequences rarely reach a window's end, so say it here
      assertEquals(java.priorityMatrix(), document.priorityMatrix(), name);
      assertEquals(java.verificationWindow(), document.verificationWindow(), name);
      assertEquals(java.dueDateZone(), document.dueDateZone(), name);
      // Invariant: for any command sequence, the document's policy set makes the same decision at every step (its
      // events also name the document).
      Decisions.sameOnGeneratedSequences(java, document, SEED, SEQUENCES, "preset " + name);
    }
  }
}
