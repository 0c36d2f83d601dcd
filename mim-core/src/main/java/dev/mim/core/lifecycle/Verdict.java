package dev.mim.core.lifecycle;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations and advisories of one decision; the {@link Step} of its event once the stage's rule
 * decided the fact. Small, since every decision makes one: nothing is allocated until a rule reports, one report
 * is kept as it is, and a list is made only for a second.
 */
final class Verdict extends Step {

  /** Two or more violations. */
  private static final class Violations extends ArrayList<Violation> {
    private static final long serialVersionUID = 1L;
  }

  /** Two or more advisories. */
  private static final class Advisories extends ArrayList<Advisory> {
    private static final long serialVersionUID = 1L;
  }

  private final IncidentCommand command;
  private PolicySet policies;
  /**
   * What the rules said: null for nothing yet; once refused, a {@link Violation} or {@link Violations} (the advice
   * is dropped, since a rejection carries none); until then an {@link Advisory} or {@link Advisories}.
   */
  private Object said;

  Verdict(IncidentState state, IncidentCommand command) {
    this.command = command;
    at(state, null); // the event is made once the stage's rule has decided the fact
  }

  /** Refuses with {@code field} named as given: a path from the command, such as {@code "expectedVersion"}. */
  @Override
  public void refuseAt(ViolationCode code, String field, Supplier<String> message) {
    Violation v = Violation.lazy(code, field, message);
    if (said instanceof Violation first) {
      Violations all = new Violations();
      all.add(first);
      all.add(v);
      said = all;
    } else if (said instanceof Violations all) {
      all.add(v);
    } else {
      said = v; // the first refusal: any advice so far is dropped
    }
  }

  /** Refuses with {@code field} of the command's action, such as {@code "child"} for {@code "action.child"}. */
  @Override
  public void refuse(ViolationCode code, String field, Supplier<String> message) {
    refuseAt(code, field == null ? null : "action." + field, message);
  }

  /** Advises, unless the command is refused already: a rejection carries no advice. */
  void advise(AdvisoryCode code, String message) {
    if (refused()) {
      return;
    }
    Advisory a = new Advisory(code, message);
    if (said instanceof Advisory first) {
      Advisories all = new Advisories();
      all.add(first);
      all.add(a);
      said = all;
    } else if (said instanceof Advisories all) {
      all.add(a);
    } else {
      said = a;
    }
  }

  /** Refuses what the practice requires (a reason, a briefing, a plan, ...) when it is not given. */
  void require(Object value, ViolationCode code, String field, Supplier<String> message) {
    if (value == null) {
      refuse(code, field, message);
    }
  }

  @Override
  boolean refused() {
    return said instanceof Violation || said instanceof Violations;
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
    if (said instanceof Advisory one) {
      return List.of(one);
    }
    return said instanceof Advisories all ? all : List.of();
  }

  Decision rejected() {
    return new Decision.Rejected(before(), said instanceof Violation one ? List.of(one) : (Violations) said);
  }
}
