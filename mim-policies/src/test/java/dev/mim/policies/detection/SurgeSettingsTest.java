package dev.mim.policies.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.identify.SignalKey;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.identify.Detection;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The detector's settings at their edges, and the detector's own small promises. */
class SurgeSettingsTest {

  private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration LONGEST = SurgeSettings.MAX_DURATION;

  private static String fails(Executable build) {
    return assertThrows(IllegalArgumentException.class, build).getMessage();
  }

  @Test
  void theDefaultsAreDocumented() {
    SurgeSettings d = SurgeSettings.ofDefaults();
    assertEquals(5, d.threshold());
    assertEquals(Duration.ofMinutes(15), d.window());
    assertEquals(Duration.ofMinutes(5), d.lateness());
    assertEquals(Duration.ofMinutes(60), d.coolDown());
    assertSame(SignalKey.byService(), d.key());
    assertSame(ServiceCatalogue.open(), d.catalogue());
    assertEquals(1, d.immediateTier());
    assertSame(d, SurgeDetector.ofDefaults().settings());
  }

  @Test
  void durationsReachUpTo366DaysAndEveryValueIsChecked() {
    SurgeSettings longest = SurgeSettings.custom().threshold(2).window(LONGEST).lateness(LONGEST).coolDown(LONGEST)
        .immediateTier(0).build();
    assertEquals(LONGEST, longest.window());
    SurgeSettings zero = SurgeSettings.custom().lateness(Duration.ZERO).coolDown(Duration.ZERO).immediateTier(9)
        .build();
    assertEquals(Duration.ZERO, zero.coolDown());
    Duration tooLong = LONGEST.plusSeconds(1);
    assertEquals("window must be at most PT8784H, was PT8784H1S", fails(() -> SurgeSettings.custom().window(tooLong).build()));
    assertEquals("lateness must be at most PT8784H, was PT8784H1S",
        fails(() -> SurgeSettings.custom().lateness(tooLong).build()));
    assertEquals("coolDown must be at most PT8784H, was PT8784H1S",
        fails(() -> SurgeSettings.custom().coolDown(tooLong).build()));
    assertEquals("coolDown must not be negative, was PT-1S",
        fails(() -> SurgeSettings.custom().coolDown(Duration.ofSeconds(-1)).build()));
    assertEquals("window must not be null", fails(() -> SurgeSettings.custom().window(null).build()));
    assertEquals("lateness must not be null", fails(() -> SurgeSettings.custom().lateness(null).build()));
    assertEquals("key must not be null", fails(() -> SurgeSettings.custom().key(null).build()));
    assertEquals("threshold must be at least 2, was 1", fails(() -> SurgeSettings.custom().threshold(1).build()));
    assertEquals("immediateTier must be between 0 and 9, was 10",
        fails(() -> SurgeSettings.custom().immediateTier(10).build()));
    assertEquals("immediateTier must be between 0 and 9, was -1",
        fails(() -> SurgeSettings.custom().immediateTier(-1).build()));
  }

  @Test
  void fromKeepsWhatItIsNotTold() {
    SurgeSettings base = SurgeSettings.custom().threshold(7).key(SignalKey.byCategory()).build();
    SurgeSettings changed = SurgeSettings.from(base).window(Duration.ofMinutes(30)).build();
    assertEquals(7, changed.threshold());
    assertSame(SignalKey.byCategory(), changed.key());
    assertEquals(Duration.ofMinutes(30), changed.window());
    assertEquals("base must not be null", fails(() -> SurgeSettings.from(null)));
    assertEquals("settings must not be null", fails(() -> SurgeDetector.of(null)));
  }

  @Test
  void aFailingCatalogueRefusesTheSignalAndLogsOneWarning() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().catalogue(id -> {
      throw new IllegalStateException("CMDB down");
    }).build());
    RecordingLogs.clear();
    Detection r = d.observe(IncidentSignal.of(SignalSource.USER_REPORT, ServiceId.of("mail"), T, "INC-1"),
        OpenKeys.none());
    assertEquals(Detection.SignalRefusal.CATALOGUE_FAILED, ((Detection.Refused) r).code());
    assertTrue(((Detection.Refused) r).message().contains("CMDB down"));
    assertEquals(1, RecordingLogs.warnings().size());
    assertEquals(0, d.retainedSignals());
    assertTrue(d.toString().startsWith("SurgeDetector[5 signals by SERVICE within PT15M"), d.toString());
  }

  @Test
  void theDetectorForgetsSignalsAndProposalsItCanNoLongerNeed() {
    SurgeDetector d = SurgeDetector.of(SurgeSettings.custom().threshold(2).window(Duration.ofMinutes(10))
        .lateness(Duration.ZERO).coolDown(Duration.ofMinutes(30)).build());
    d.observe(IncidentSignal.of(SignalSource.USER_REPORT, ServiceId.of("mail"), T, "A"), OpenKeys.none());
    assertEquals(1, d.observe(IncidentSignal.of(SignalSource.USER_REPORT, ServiceId.of("mail"), T.plusSeconds(60),
        "B"), OpenKeys.none()).proposals().size());
    assertEquals(2, d.retainedSignals());
    assertEquals(1, d.rememberedProposals());
    // Two hours later both signals are out of every window and the cool-down is over: nothing is kept.
    d.observe(IncidentSignal.of(SignalSource.USER_REPORT, ServiceId.of("web"), T.plusSeconds(7200), "C"),
        OpenKeys.none());
    assertEquals(1, d.retainedSignals());
    assertEquals(0, d.rememberedProposals());
    assertEquals("signal must not be null", fails(() -> d.observe(null, OpenKeys.none())));
    assertEquals("open must not be null", fails(() -> d.observe(
        IncidentSignal.of(SignalSource.USER_REPORT, ServiceId.of("web"), T.plusSeconds(7200), "D"), null)));
  }
}
