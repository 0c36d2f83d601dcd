package dev.mim.core.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.TenantId;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Signals, their keys and proposals: the model every detection policy works on. */
class IdentifyModelTest {

  private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");
  // Built per test, not once per class, so that each test exercises the factories.
  private final IncidentSignal full = IncidentSignal.builder().tenant(TenantId.DEFAULT)
      .source(SignalSource.SERVICE_DESK_TICKET)
      .service(ServiceId.of("mail")).at(T).reference("INC-1").category("Email").location("Berlin")
      .configurationItem("mx-01").build();
  private final IncidentSignal bare = IncidentSignal.of(SignalSource.USER_REPORT, ServiceId.of("mail"), T,
      "INC-2");

  @Test
  void eachStandardKeyHasItsPrefixAndSignalsWithoutTheValueHaveNoKey() {
    assertEquals("service:mail", SignalKey.byService().keyOf(full));
    assertEquals("service:mail", SignalKey.serviceKey(bare));
    assertEquals("category:Email", SignalKey.byCategory().keyOf(full));
    assertEquals("location:Berlin", SignalKey.byLocation().keyOf(full));
    assertEquals("ci:mx-01", SignalKey.byConfigurationItem().keyOf(full));
    assertNull(SignalKey.byCategory().keyOf(bare));
    assertNull(SignalKey.byLocation().keyOf(bare));
    assertNull(SignalKey.byConfigurationItem().keyOf(bare));
    assertEquals("service:mail", SignalKey.byService().keyOf(bare));
  }

  @Test
  void eachSignalSourceMapsToAnIdentificationSource() {
    assertEquals(IdentificationSource.SERVICE_DESK_VOLUME, SignalSource.SERVICE_DESK_TICKET.identification());
    assertEquals(IdentificationSource.USER_REPORT, SignalSource.USER_REPORT.identification());
    assertEquals(IdentificationSource.EVENT_MONITORING, SignalSource.EVENT_MONITORING.identification());
    assertEquals(IdentificationSource.RESOLVER_GROUP, SignalSource.RESOLVER_GROUP.identification());
    assertEquals(IdentificationSource.OTHER, SignalSource.OTHER.identification());
  }

  @Test
  void openKeysAnswerForTheirKeysOnly() {
    assertFalse(OpenKeys.none().isOpen(TenantId.DEFAULT, "service:mail"));
    OpenKeys open = OpenKeys.of(Set.of("service:mail"));
    assertTrue(open.isOpen(TenantId.DEFAULT, "service:mail"));
    assertFalse(open.isOpen(TenantId.DEFAULT, "service:web"));
    assertFalse(open.isOpen(TenantId.of("acme"), "service:mail"), "another tenant's key is its own");
    assertTrue(OpenKeys.of(TenantId.of("acme"), Set.of("service:mail")).isOpen(TenantId.of("acme"), "service:mail"));
  }

  @Test
  void aProposalBecomesTheIdentifyActionOfItsSourceAndServices() {
    CandidateProposal p = new CandidateProposal(TenantId.DEFAULT, "category:Email", IdentificationSource.SERVICE_DESK_VOLUME,
        Set.of(ServiceId.of("mail"), ServiceId.of("calendar")), T.minusSeconds(600), T, List.of("INC-1", "INC-2"),
        "two tickets");
    IdentificationAction.Identify identify = p.toIdentify(Impact.HIGH, Urgency.MEDIUM, "Mail surge");
    assertEquals(T.minusSeconds(600), identify.firstSignalAt());
    assertEquals("firstSignalAt must not be after proposedAt (" + T + "), was " + T.plusSeconds(1),
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new CandidateProposal(
            TenantId.DEFAULT, "category:Email", IdentificationSource.SERVICE_DESK_VOLUME, Set.of(ServiceId.of("mail")),
            T.plusSeconds(1), T, List.of("INC-1"), "one ticket")).getMessage());
    assertEquals(IdentificationSource.SERVICE_DESK_VOLUME, identify.source());
    assertEquals(Set.of(ServiceId.of("mail"), ServiceId.of("calendar")), identify.affectedServices());
    assertEquals(Urgency.MEDIUM, identify.urgency());
    assertEquals("Mail surge", identify.summary());
    assertEquals("signal-too-late", Detection.SignalRefusal.TOO_LATE.code());
    assertEquals("unknown-service", Detection.SignalRefusal.UNKNOWN_SERVICE.code());
    assertEquals("catalogue-failed", Detection.SignalRefusal.CATALOGUE_FAILED.code());
  }
}
