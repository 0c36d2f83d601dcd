package dev.mim.core.lifecycle;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations and advisories of one decision; the {@link Step} of its event once the stage's rule
 * decided the fact. Nothing is allocated until a rule reports: one refusal is kept as it is, a list made only for
 * a second.
 */
final class Verdict extends Step {
  private final IncidentCommand command;
  private PolicySet policies;
  /** The one violation, or a list of them once there is a second; null while there is none. */
  private Object violations;
  private List<Advisory> advisories;

  Verdict(IncidentState state, IncidentCommand command) {
    this.command = command;
    at(state, null, null);
  }

  /** Refuses with {@code field} named as given: a path from the command, such as {@code "expectedVersion"}. */
  @Override
  public void refuseAt(ViolationCode code, String field, Supplier<String> message) {
    Violation v = Violation.lazy(code, field, message);
    if (violations == null) {
      violations = v;
    } else if (violations instanceof Violation first) {
      List<Violation> more = new ArrayList<>(2);
      more.add(first);
      more.add(v);
      violations = more;
    } else {
      @SuppressWarnings("unchecked")
      List<Violation> more = (List<Violation>) violations;
      more.add(v);
    }
  }

  /** Refuses with {@code field} of the command's action, such as {@code "child"} for {@code "action.child"}. */
  @Override
  public void refuse(ViolationCode code, String field, Supplier<String> message) {
    refuseAt(code, field == null ? null : "action." + field, message);
  }

  void advise(AdvisoryCode code, String message) {
    if (advisories == null) {
      advisories = new ArrayList<>(1);
    }
    advisories.add(new Advisory(code, message));
  }

  /** Refuses what the practice requires (a reason, a briefing, a plan, ...) when it is not given. */
  void require(Object value, ViolationCode code, String field, Supplier<String> message) {
    if (value == null) {
      refuse(code, field, message);
    }
  }

  @Override
  boolean refused() {
    return violations != null;
  }

  /** @return the state the command is decided against */
  IncidentState state() {
    return before();
  }

  IncidentCommand command() {
    return command;
  }

  /** @return the policies of the command's tenant, once resolved */
  PolicySet policies() {
    return policies;
  }

  void policies(PolicySet policies) {
    this.policies = policies;
  }

  List<Advisory> advisories() {
    return advisories == null ? List.of() : advisories;
  }

  @SuppressWarnings("unchecked")
  Decision rejected() {
    return new Decision.Rejected(before(), violations instanceof Violation one ? List.of(one)
        : (List<Violation>) violations);
  }
}
