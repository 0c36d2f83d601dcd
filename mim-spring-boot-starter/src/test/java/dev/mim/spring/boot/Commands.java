package dev.mim.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.store.jdbc.testing.Declarations;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** The commands the starter's tests send, and the handler they send them through. */
final class Commands {

  static final TenantId ACME = TenantId.of("acme");
  static final Instant T0 = Declarations.T0;

  private Commands() {}

  /** Identify, validate and declare a P1 on payments, a minute apart from {@link #T0}. */
  static List<IncidentCommand> declare(TenantId tenant, IncidentId id) {
    return Declarations.declare(tenant, id);
  }

  /** @return the application's command handler */
  @SuppressWarnings("unchecked")
  static CommandHandler<SQLException> handler(ApplicationContext context) {
    return context.getBean(CommandHandler.class);
  }

  /** Sends {@link #declare}'s three commands through {@code handler}, asserting each is stored. */
  static void declareThrough(CommandHandler<SQLException> handler, TenantId tenant, IncidentId id)
      throws SQLException {
    for (IncidentCommand c : declare(tenant, id)) {
      assertThat(handler.handle(c)).isInstanceOf(Handled.Stored.class);
    }
  }

  /** A stakeholder update to the executives. */
  static CommunicationAction.RecordStakeholderUpdate update(String text) {
    return new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.EXECUTIVES, text));
  }

  static IncidentCommand command(TenantId tenant, IncidentId id, int minute, Action action) {
    return Declarations.command(tenant, id, minute, action);
  }
}
