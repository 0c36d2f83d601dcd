package dev.mim.examples.embedding;

// readme:begin
import static dev.mim.core.incident.EscalationCondition.NOT_MOBILISED;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.escalation.Escalation;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.spi.EscalationPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
// readme:end

/** The README's hand-written escalation policy, kept compiling here. */
public final class CustomEscalationExample {

  private CustomEscalationExample() {}

  // readme:begin
  /** A P1 or P2 not mobilised: page the payments owner after 10 min, then the CTO after 30 min. */
  public static final class NotMobilised implements EscalationPolicy {
    private static final List<Duration> AFTER = List.of(Duration.ofMinutes(10), Duration.ofMinutes(30));
    private static final List<EscalationTarget> WHOM = List.of(
        EscalationTarget.person(Actor.of("payments-owner")), EscalationTarget.role(Role.of("cto")));

    /** The policy; it keeps no state. */
    public NotMobilised() {}

    @Override
    public List<Escalation> due(IncidentState incident, Instant at) {
      Instant declared = EscalationClock.anchor(incident, NOT_MOBILISED); // null unless declared, not mobilised
      if (declared == null || !incident.classification().priority().isAtLeast(Priority.of(2))) {
        return List.of();
      }
      List<Escalation> due = new ArrayList<>();
      for (int level = EscalationClock.levelSent(incident, NOT_MOBILISED) + 1; level <= AFTER.size(); level++) {
        Duration after = AFTER.get(level - 1);
        Instant when = EscalationClock.after(incident, declared, after, BusinessCalendar.always()); // minus holds
        if (when == null) {
          break;                                          // held: this level waits for the resume
        }
        due.add(new Escalation(NOT_MOBILISED, level, List.of(WHOM.get(level - 1)),
            "not mobilised within " + after.toMinutes() + " min", when, at.isAfter(when)));
        if (when.isAfter(at)) {
          break;                                          // the next level, not due yet
        }
      }
      return due;
    }
  }
  // readme:end
}
