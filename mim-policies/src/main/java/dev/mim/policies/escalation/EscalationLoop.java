package dev.mim.policies.escalation;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.escalation.EscalationClock;
import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.EscalationPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loop every host's escalation job runs, once per incident and tick: ask the policy what is due, page it
 * through the host's {@link Notifier}, record what was sent with a {@link dev.mim.core.incident.EscalationAction.RecordEscalation RecordEscalation} through the host's
 * {@link Recorder} (which decides and stores it, in whatever store the host uses), and ask again, until nothing more
 * is due at that instant.
 *
 * <p>Delivery is at least once: an escalation is recorded only after its page was sent, so a page that fails (the
 * notifier throws) is not recorded and is paged again at the next run; a host that dies between paging and
 * recording pages again too. Recording is at most once: the decider refuses to record a level twice, so two jobs
 * racing on one incident, or a run repeated, never record one escalation twice; when the store's incident already
 * has the level, the loser's run says so in {@link Run#recordedElsewhere()}.
 *
 * <p>Immutable and safe to share; each {@link #run} works on the state it is given and what the recorder returns.
 */
public final class EscalationLoop {

  private final EscalationPolicy policy;
  private final Notifier notifier;
  private final Actor recordedBy;

  private EscalationLoop(EscalationPolicy policy, Notifier notifier, Actor recordedBy) {
    this.policy = policy;
    this.notifier = notifier;
    this.recordedBy = recordedBy;
  }

  /**
   * @param policy the escalation policy: the one the decider records under (the host's policy set's)
   * @param notifier sends a page; the host's pager, chat or phone integration
   * @param recordedBy the actor the records are made by (the host's escalation job)
   * @return the loop
   * @throws IllegalArgumentException when a value is null
   */
  public static EscalationLoop of(EscalationPolicy policy, Notifier notifier, Actor recordedBy) {
    if (policy == null || notifier == null || recordedBy == null) {
      throw new IllegalArgumentException("policy, notifier and recordedBy must not be null, were " + policy + ", "
          + notifier + ", " + recordedBy);
    }
    return new EscalationLoop(policy, notifier, recordedBy);
  }

  /**
   * Pages and records everything due at {@code now}, level after level, asking the policy again after each record.
   * Each escalation is tried once per run; once one of a condition fails to page, is refused or was recorded
   * elsewhere, the condition's higher levels wait for the next run too, so that levels are recorded in order.
   *
   * @param incident the incident's current state (loaded from the host's store)
   * @param now the instant of this run
   * @param recorder decides and stores the {@link dev.mim.core.incident.EscalationAction.RecordEscalation RecordEscalation} commands
   *     ({@link Recorder#storingWith} on the host's command handler)
   * @return what was sent and recorded, what failed to send, what was refused, and the state after the records
   * @throws IllegalArgumentException when a value is null
   * @throws RuntimeException what the policy or the recorder throws: nothing more is paged in this run, and what
   *     was paged but not recorded is paged again at the next
   */
  public Run run(IncidentState incident, Instant now, Recorder recorder) {
    if (incident == null || now == null || recorder == null) {
      throw new IllegalArgumentException("incident, now and recorder must not be null, were " + incident + ", " + now
          + ", " + recorder);
    }
    IncidentState state = incident;
    List<Escalation> recorded = new ArrayList<>();
    List<Failure> notSent = new ArrayList<>();
    List<Decision.Rejected> refused = new ArrayList<>();
    List<Escalation> elsewhere = new ArrayList<>();
    Map<EscalationCondition, Integer> tried = new EnumMap<>(EscalationCondition.class);
    Set<EscalationCondition> stopped = EnumSet.noneOf(EscalationCondition.class);
    Escalation next;
    while ((next = nextDue(state, now, tried, stopped)) != null) {
      tried.merge(next.condition(), next.level(), Math::max);
      try {
        notifier.send(state, next);
      } catch (Exception e) {
        notSent.add(new Failure(next, e));
        stopped.add(next.condition());
        continue;
      }
      IncidentCommand command = IncidentCommand.of(state.tenant(), state.id(), recordedBy, now, next.recordAction());
      Decision decision = recorder.record(command);
      if (decision == null) {
        throw new IllegalStateException("the recorder answered null for " + command + "; it must return the decision");
      }
      if (decision instanceof Decision.Accepted accepted) {
        recorded.add(next);
        state = accepted.state();
      } else if (EscalationClock.levelSent(decision.state(), next.condition()) >= next.level()) {
        elsewhere.add(next);
        stopped.add(next.condition());
      } else {
        refused.add((Decision.Rejected) decision);
        stopped.add(next.condition());
      }
    }
    return new Run(state, recorded, notSent, refused, elsewhere);
  }

  /**
   * The first escalation due at {@code now}, in order of due time, of a condition not stopped and above the levels
   * this run tried; or null.
   */
  private Escalation nextDue(IncidentState state, Instant now, Map<EscalationCondition, Integer> tried,
      Set<EscalationCondition> stopped) {
    Escalation first = null;
    for (Escalation e : policy.due(state, now)) {
      if (e.isDueAt(now) && !stopped.contains(e.condition()) && e.level() > tried.getOrDefault(e.condition(), 0)
          && (first == null || e.dueAt().isBefore(first.dueAt()))) {
        first = e;
      }
    }
    return first;
  }

  /** Sends a page: the host's side of the loop. */
  @FunctionalInterface
  public interface Notifier {
    /**
     * @param incident the incident, as it stands
     * @param escalation what to page, whom and why
     * @throws Exception when the page was not sent: it is not recorded, and is tried again at the next run
     */
    void send(IncidentState incident, Escalation escalation) throws Exception;
  }

  /** Decides a command on the incident and stores what it accepts, in the host's store. */
  @FunctionalInterface
  public interface Recorder {
    /**
     * @param command the {@link dev.mim.core.incident.EscalationAction.RecordEscalation RecordEscalation} to decide
     * @return the decision, its events stored when accepted (for example {@code handling.CommandHandler.handle} on
     *     a store, or {@link dev.mim.core.lifecycle.Incident#decide Incident.decide} and the host's own store)
     */
    Decision record(IncidentCommand command);

    /**
     * A recorder that decides and stores each record with a command handler, on the host's store.
     *
     * @param handler the handler of the host's store
     * @return the recorder: the decision the handler made, its events stored when accepted
     * @throws IllegalArgumentException when {@code handler} is null
     */
    static Recorder storingWith(CommandHandler<?> handler) {
      if (handler == null) {
        throw new IllegalArgumentException("handler must not be null");
      }
      return command -> {
        Handled handled;
        try {
          handled = handler.handle(command);
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException("the store failed recording " + command + ": " + e.getMessage(), e);
        }
        if (handled instanceof Handled.NotStored) {
          throw new IllegalStateException("not stored after " + handled.attempts() + " attempts, other writers "
              + "kept appending first: " + command);
        }
        return handled.decision();
      };
    }
  }

  /**
   * A page that was not sent.
   *
   * @param escalation what it was to page
   * @param cause why it failed
   */
  public record Failure(Escalation escalation, Exception cause) {}

  /**
   * What one run did.
   *
   * @param incident the state after the records it made
   * @param recorded the escalations paged and recorded, in order
   * @param notSent the escalations whose page failed: not recorded, paged again at the next run
   * @param refused the decider's refusals of records (the policy offered what the decider would not record)
   * @param recordedElsewhere the escalations paged here but recorded already by another run (the decider refused
   *     them, and the state it decided on has the level): at least once, not twice recorded
   */
  public record Run(IncidentState incident, List<Escalation> recorded, List<Failure> notSent,
      List<Decision.Rejected> refused, List<Escalation> recordedElsewhere) {
    /** Copies the lists. */
    public Run {
      recorded = List.copyOf(recorded);
      notSent = List.copyOf(notSent);
      refused = List.copyOf(refused);
      recordedElsewhere = List.copyOf(recordedElsewhere);
    }
  }
}
