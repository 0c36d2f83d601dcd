package dev.mim.testkit.generate;

import dev.mim.core.calendar.WorkingHours;
import dev.mim.core.comms.Audience;
import dev.mim.core.comms.AudiencePlan;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.SignalSource;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.oncall.OnCallSchedule;
import dev.mim.testkit.fixture.HappyPath;
import dev.mim.testkit.internal.ActionCatalogue;
import dev.mim.testkit.internal.Arguments;
import dev.mim.testkit.internal.Choices;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Generators of mim's inputs, random but valid: incidents (the events of accepted commands), command sequences
 * (valid and refused mixed), signal streams, priority matrices, communication plans, business calendars and on-call
 * schedules. Each is a plain {@link Generator}: seed a {@link java.util.SplittableRandom} and loop, or hand it to
 * QuickTheories with {@link dev.mim.testkit.quicktheories.MimGen#of}.
 *
 * <p>Incidents start at {@link HappyPath#START} and are steered along the lifecycle: most commands are the next on
 * the happy path, many are another command legal in the status, a few are any command at all.
 */
public final class Generators {

  /** How many commands an incident or a sequence has at most unless told: enough to reach closure. */
  public static final int DEFAULT_LENGTH = 30;

  private static final List<String> ZONES =
      List.of("UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney");
  private static final List<Audience> AUDIENCES = List.of(Audience.EXECUTIVES, Audience.AFFECTED_CUSTOMERS,
      Audience.SERVICE_DESK, Audience.TECHNICAL_TEAMS, Audience.REGULATOR);

  private Generators() {}

  /**
   * Incidents made of the commands {@code policies} accept, up to {@value #DEFAULT_LENGTH} commands long: every
   * status of the lifecycle is reached, with teams, updates, escalations and reviews along the way.
   *
   * @param policies the policies the commands are decided under
   * @return the generator
   * @throws IllegalArgumentException when {@code policies} is null
   */
  public static Generator<Incident> incidents(PolicySet policies) {
    return incidents(policies, DEFAULT_LENGTH);
  }

  /**
   * As {@link #incidents(PolicySet)}, with at most {@code maxCommands} commands.
   *
   * @param policies the policies the commands are decided under
   * @param maxCommands how many commands at most; 0 or more
   * @return the generator
   * @throws IllegalArgumentException when {@code policies} is null or {@code maxCommands} negative
   */
  public static Generator<Incident> incidents(PolicySet policies, int maxCommands) {
    Steering steering = new Steering(policies, maxCommands, false);
    return random -> {
      Incident incident = Incident.start();
      for (var command : steering.commands(random)) {
        Incident.Step step = incident.decide(command, policies);
        incident = step.incident();
      }
      return incident;
    };
  }

  /**
   * Command sequences for one incident, up to {@code maxLength} long, mixing commands the decider accepts with
   * ones it refuses: illegal in the status, missing a required text, stale version guards, clocks going backwards,
   * another tenant's or incident's commands.
   *
   * @param policies the policies that steer the sequence (which commands are legal next)
   * @param maxLength how many commands at most; 0 or more
   * @return the generator
   * @throws IllegalArgumentException when {@code maxLength} is negative
   */
  public static Generator<CommandSequence> commandSequences(PolicySet policies, int maxLength) {
    Steering steering = new Steering(policies, maxLength, true);
    return random -> new CommandSequence(steering.commands(random));
  }

  /**
   * Actions of {@code kind} for an incident in {@code state}, to be decided at {@code at} under {@code policies},
   * with their parameters drawn from the pools the command sequences use: small on purpose, so that duplicates
   * and repeats happen, and a text the practice requires now and then left out or blank, so that its refusal
   * happens too. For a host's own steering: it picks the kind, the generator the rest.
   *
   * @param kind the kind of action
   * @param state the state it will be decided against (the review's items, the escalations due)
   * @param at when it will be decided
   * @param policies the policies it will be decided under (their matrix's levels, their escalations due)
   * @return the generator
   * @throws IllegalArgumentException when an argument is null
   */
  public static Generator<Action> actions(ActionKind kind, IncidentState state, Instant at, PolicySet policies) {
    Arguments.notNull("kind", kind);
    Arguments.notNull("state", state);
    Arguments.notNull("at", at);
    Arguments.notNull("policies", policies);
    return random -> ActionCatalogue.action(kind, state, Choices.drawnFrom(random), at, policies);
  }

  /**
   * Streams of incident signals, in time order, up to {@code maxLength} long: a few services and sources, so that
   * surges happen, with repeated references now and then.
   *
   * @param maxLength how many signals at most; 0 or more
   * @return the generator
   * @throws IllegalArgumentException when {@code maxLength} is negative
   */
  public static Generator<List<IncidentSignal>> signalStreams(int maxLength) {
    notNegative("maxLength", maxLength);
    return random -> {
      int n = random.nextInt(maxLength + 1);
      List<IncidentSignal> signals = new ArrayList<>(n);
      Instant at = HappyPath.START;
      for (int i = 0; i < n; i++) {
        at = at.plusSeconds(random.nextInt(600));
        signals.add(IncidentSignal.of(TenantId.DEFAULT, SignalSource.values()[random.nextInt(5)],
            ServiceId.of("svc-" + random.nextInt(3)), at, "SIG-" + random.nextInt(Math.max(1, 2 * n))));
      }
      return signals;
    };
  }

  /**
   * Complete, monotonic priority matrices of 3 to 5 impact and urgency levels: raising impact or urgency never
   * lowers the priority.
   *
   * @return the generator
   */
  public static Generator<PriorityMatrix> priorityMatrices() {
    return random -> {
      int rows = 3 + random.nextInt(3);
      int columns = 3 + random.nextInt(3);
      int[][] table = new int[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int u = 0; u < columns; u++) {
          int floor = Math.max(i == 0 ? 1 : table[i - 1][u], u == 0 ? 1 : table[i][u - 1]);
          table[i][u] = Math.min(Priority.MAX_LEVEL, floor + random.nextInt(2));
        }
      }
      return PriorityMatrix.of(table);
    };
  }

  /**
   * Communication plans owing one to three audiences at P1 and P2, with first notices within 5 to 60 minutes, updates
   * every 15 minutes to 4 hours, some in business hours only.
   *
   * @return the generator
   */
  public static Generator<CommunicationPlan> communicationPlans() {
    return random -> {
      CommunicationPlan.Builder plan = CommunicationPlan.custom();
      for (int level = 1; level <= 2; level++) {
        List<Audience> pool = new ArrayList<>(AUDIENCES);
        AudiencePlan[] plans = new AudiencePlan[1 + random.nextInt(3)];
        for (int i = 0; i < plans.length; i++) {
          Duration first = Duration.ofMinutes(5L * (1 + random.nextInt(12)));
          Duration every = first.plus(Duration.ofMinutes(15L * random.nextInt(16)));
          AudiencePlan p = AudiencePlan.of(pool.remove(random.nextInt(pool.size())), first, every);
          plans[i] = random.nextInt(4) == 0 ? p.withBusinessHoursOnly(true) : p;
        }
        plan.priority(Priority.of(level), plans);
      }
      return plan.build();
    };
  }

  /**
   * Working-hours calendars in zones with and without daylight saving, four to seven working days, some holidays.
   *
   * @return the generator
   */
  public static Generator<WorkingHours> calendars() {
    return random -> {
      LocalTime start = LocalTime.of(6 + random.nextInt(5), 30 * random.nextInt(2));
      LocalTime end = start.plusHours(4 + random.nextInt(9));
      Set<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.of(4 + random.nextInt(4)));
      List<LocalDate> holidays = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        holidays.add(LocalDate.of(2026, 11, 1).plusDays(random.nextInt(120)));
      }
      return new WorkingHours(ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))), start, end, days,
          Set.copyOf(holidays));
    };
  }

  /**
   * On-call schedules of one to three layers (rotations of one to four people, turns of hours to a week, some
   * restricted to working hours in their own zone), some with overrides.
   *
   * @return the generator
   */
  public static Generator<OnCallSchedule> onCallSchedules() {
    return random -> {
      List<OnCallSchedule.Layer> layers = new ArrayList<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        List<Actor> people = new ArrayList<>();
        for (int p = 1 + random.nextInt(4); p > 0; p--) {
          people.add(ActionCatalogue.CAST.get(random.nextInt(ActionCatalogue.CAST.size())));
        }
        OnCallSchedule.Layer layer = OnCallSchedule.Layer.rotation("layer-" + layers.size(),
            ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))),
            LocalDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), 0),
            Duration.ofHours(List.of(8, 12, 24, 168).get(random.nextInt(4))), people);
        if (random.nextInt(3) == 0) {
          layer = layer.restrictedTo(new OnCallSchedule.Restriction(EnumSet.range(DayOfWeek.MONDAY,
              DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17 + random.nextInt(3), 0)));
        }
        layers.add(layer);
      }
      OnCallSchedule schedule = new OnCallSchedule("primary", layers, List.of());
      for (int i = random.nextInt(3); i > 0; i--) {
        Instant from = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(random.nextInt(24 * 400)));
        schedule = schedule.with(new OnCallSchedule.ScheduleOverride(Actor.of("stand-in-" + i), from,
            from.plus(Duration.ofHours(1 + random.nextInt(72)))));
      }
      return schedule;
    };
  }

  static void notNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }
}
