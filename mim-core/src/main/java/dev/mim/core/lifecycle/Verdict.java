package dev.mim.core.lifecycle;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations and advisories of one decision; the lists are made only when needed. */
final class Verdict implements Sink {
  private final IncidentState state;
  private final IncidentCommand command;
  private List<Violation> violations;
  private List<Advisory> advisories;

  Verdict(IncidentState state, IncidentCommand command) {
    this.state = state;
    this.command = command;
  }

  /** Refuses with {@code field} named as given: a path from the command, such as {@code "expectedVersion"}. */
  @Override
  public void refuseAt(ViolationCode code, String field, String message) {
    if (violations == null) {
      violations = new ArrayList<>(2);
    }
    violations.add(new Violation(code, message, field));
  }

  /** Refuses with {@code field} of the command's action, such as {@code "child"} for {@code "action.child"}. */
  @Override
  public void refuse(ViolationCode code, String field, String message) {
    refuseAt(code, field == null ? null : "action." + field, message);
  }

  void advise(AdvisoryCode code, String message) {
    if (advisories == null) {
      advisories = new ArrayList<>(1);
    }
    advisories.add(new Advisory(code, message));
  }

  /** Refuses what the practice requires (a reason, a briefing, a plan, ...) when it is not given. */
  void require(Object value, ViolationCode code, String field, String message) {
    if (value == null) {
      refuse(code, field, message);
    }
  }

  boolean refused() {
    return violations != null;
  }

  IncidentCommand command() {
    return command;
  }

  List<Advisory> advisories() {
    return advisories == null ? List.of() : advisories;
  }

  Decision rejected() {
    return new Decision.Rejected(state, violations);
  }
}
