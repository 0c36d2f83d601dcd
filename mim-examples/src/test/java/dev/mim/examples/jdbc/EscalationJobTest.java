package dev.mim.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.examples.ReadmeQuotes;
import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.store.jdbc.JdbcEventStore;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class EscalationJobTest {

  private static final TenantId ACME = TenantId.of("acme");
  private static final PolicySet POLICIES = PolicySet.custom().escalation(EscalationPresets.tiered())
      .declarationPolicy(c -> true).build();

  private static Instant at(String hhmm) {
    return Instant.parse("2026-11-23T" + hhmm + ":00Z");
  }

  @Test
  void eachTickPagesAndRecordsWhatIsDueOnceAndAPageThatFailedIsSentAtTheNext() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:escalation-job;DB_CLOSE_DELAY=-1");
    JdbcEventStore store = JdbcEventStore.on(h2);
    store.installSchema();
    CommandHandler<SQLException> decider = store.commandHandler(POLICIES, 3);
    IncidentId mi = IncidentId.of("MI-7");
    Actor amy = Actor.of("amy");
    // A P1 declared at 08:01, its manager assigned at 08:02 and not acknowledging.
    for (IncidentCommand c : List.of(
        IncidentCommand.of(ACME, mi, amy, at("08:00"), new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING,
            Set.of(ServiceId.of("payments")), Impact.HIGH, Urgency.HIGH, "payments failing")),
        IncidentCommand.of(ACME, mi, amy, at("08:01"), new IdentificationAction.Declare(null)),
        IncidentCommand.of(ACME, mi, amy, at("08:02"), new ContainmentAction.AssignManager(Actor.of("dana"))))) {
      assertEquals(true, decider.handle(c).stored(), c.toString());
    }
    List<String> pages = new ArrayList<>();
    boolean[] gatewayDown = {true};
    EscalationJob.Pager pager = (incident, e) -> {
      if (gatewayDown[0] && e.level() == 2) {
        throw new IOException("pager gateway down");
      }
      pages.add(incident + " " + e.condition() + " " + e.level());
    };
    // 08:18: not acknowledged within 5 min (level 1, due 08:07), not mobilised within 15 min of declaration (due
    // 08:16); not acknowledged within 15 min (level 2, due 08:17) fails to page.
    List<EscalationLoop.Run> first = EscalationJob.tick(store, POLICIES, ACME, pager, at("08:18"));
    assertEquals(List.of("MI-7 NOT_ACKNOWLEDGED 1", "MI-7 NOT_MOBILISED 1"), pages);
    assertEquals(1, first.get(0).notSent().size());
    gatewayDown[0] = false;
    List<EscalationLoop.Run> second = EscalationJob.tick(store, POLICIES, ACME, pager, at("08:19"));
    assertEquals(List.of("MI-7 NOT_ACKNOWLEDGED 1", "MI-7 NOT_MOBILISED 1", "MI-7 NOT_ACKNOWLEDGED 2"), pages);
    assertEquals(List.of(2), second.get(0).recorded().stream().map(Escalation::level).toList());
    assertEquals(List.of(), EscalationJob.tick(store, POLICIES, ACME, pager, at("08:19")).get(0).recorded());
    assertEquals(3, store.load(ACME, mi).stream().filter(e -> e.fact().kind().name().equals("ESCALATION_RECORDED"))
        .count());
  }

  @Test
  void theReadmeQuotesTheJob() throws IOException {
    ReadmeQuotes.assertQuoted("mim-examples/src/main/java/dev/mim/examples/jdbc/EscalationJob.java");
  }
}
