package dev.mim.testkit.internal;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.report.FactNarration;
import java.util.List;

/** How failure messages print commands, events, states and decisions: one line each, in the domain's words. */
public final class Describe {

  private Describe() {}

  /**
   * @param command a command
   * @return "at, by actor: action", with the tenant, incident and version guard when they are not the usual
   */
  public static String command(IncidentCommand command) {
    StringBuilder out = new StringBuilder().append(command.occurredAt()).append(' ').append(command.actor().value());
    if (!command.tenant().equals(TenantId.DEFAULT)) {
      out.append(" (tenant ").append(command.tenant().value()).append(')');
    }
    out.append(" on ").append(command.incidentId().value());
    if (command.expectedVersion() != null) {
      out.append(" as of version ").append(command.expectedVersion());
    }
    return out.append(": ").append(command.action()).toString();
  }

  /**
   * @param commands commands
   * @return one numbered line per command, each ending with a newline
   */
  public static String commands(List<IncidentCommand> commands) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < commands.size(); i++) {
      out.append("  ").append(i + 1).append(". ").append(command(commands.get(i))).append('\n');
    }
    return out.toString();
  }

  /**
   * @param events events
   * @return one numbered line per event (its time, actor and what happened), each ending with a newline; "(none)"
   *     for none
   */
  public static String events(List<IncidentEvent> events) {
    if (events.isEmpty()) {
      return "  (no events)\n";
    }
    StringBuilder out = new StringBuilder();
    for (IncidentEvent e : events) {
      out.append("  ").append(e.sequence()).append(". ").append(e.occurredAt()).append(' ').append(e.actor().value())
          .append(": ").append(FactNarration.describe(e.fact())).append('\n');
    }
    return out.toString();
  }

  /**
   * @param incident an incident
   * @return its state in one line, then its events one per line
   */
  public static String incident(Incident incident) {
    return state(incident.state()) + ", after " + incident.events().size() + " events:\n" + events(incident.events());
  }

  /**
   * @param state a state
   * @return its status, version, priority, services and team in one line
   */
  public static String state(IncidentState state) {
    if (state.classification() == null) {
      return "no incident yet (version " + state.version() + ")";
    }
    StringBuilder out = new StringBuilder().append(state.id().value()).append(' ').append(state.status())
        .append(" at version ").append(state.version()).append(", ").append(state.classification().priority())
        .append(" on ").append(state.classification().affectedServices());
    if (state.team().manager() != null) {
      out.append(", manager ").append(state.team().manager().value());
    }
    if (!state.team().resolverGroups().isEmpty()) {
      out.append(", groups ").append(state.team().resolverGroups());
    }
    if (!state.evidence().isEmpty()) {
      out.append(", evidence ").append(state.evidence());
    }
    return out.toString();
  }

  /**
   * @param decision a decision
   * @return "accepted: facts, advisories" or "refused: violations"
   */
  public static String decision(Decision decision) {
    if (decision instanceof Decision.Rejected r) {
      return "refused " + r.violations();
    }
    Decision.Accepted a = (Decision.Accepted) decision;
    StringBuilder out = new StringBuilder("accepted");
    a.events().forEach(e -> out.append(": ").append(FactNarration.describe(e.fact())));
    if (!a.advisories().isEmpty()) {
      out.append(", advisories ").append(a.advisories());
    }
    return out.toString();
  }
}
