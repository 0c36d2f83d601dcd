package dev.mim.testkit.explore;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicyFailures;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.PolicyFailureLog;
import dev.mim.testkit.fixture.HappyPath;
import dev.mim.testkit.internal.ActionCatalogue;
import dev.mim.testkit.internal.Arguments;
import dev.mim.testkit.internal.Choices;
import dev.mim.testkit.internal.ParameterSpace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explores the workflow breadth first: from each starting incident, every kind of command by each actor, up to a
 * depth; then the same from every state reached. Each kind is tried with every value of every parameter: every
 * identification source, evidence kind, hand-over reason, team role and escalation condition, mim's well-known
 * audiences and roles, every impact and urgency of the policies' matrix. When all combinations of a kind's
 * parameters number at most {@link #combinationsPerKind(int)} (default {@value #DEFAULT_COMBINATIONS}), all are
 * tried; otherwise every value of each still is, and the rest are drawn at random from the space with the
 * explorer's {@link #seed(long) seed}, so that the same seed explores the same commands. The report says how many
 * distinct combinations were tried.
 *
 * <p>After each command it checks mim's invariants (replay gives the state back, a refusal changes nothing, the
 * version grows by one per event, the decider never throws, the host's policies never fail: a command refused with
 * {@code policy-failed} is a violation) and the host's, and keeps the shortest path to the first violation of each.
 *
 * <p>Bounded in memory: states are deduplicated by what the decider observes of them (all but their instants and
 * version; the clock moves {@link #DEFAULT_STEP} per command, within every time limit of the rules), and no more
 * than {@link #maxStates} are kept. A {@link dev.mim.core.incident.EscalationAction.RecordEscalation RecordEscalation} is sent when the policy has it due.
 *
 * <pre>{@code
 * Exploration e = WorkflowExplorer.under(policies).fromEveryStage().depth(2)
 *     .invariant("an ended incident stays as it ended", step -> !step.before().state().status().isTerminal()
 *         || step.after().state().status() == step.before().state().status())
 *     .explore();
 * e.assertNoViolations();
 * }</pre>
 *
 * <p>A configuration: set it up, then {@link #explore()}; not for sharing between threads while set up.
 */
public final class WorkflowExplorer {

  /** How many commands deep from each starting incident unless told: {@value}. */
  public static final int DEFAULT_DEPTH = 8;

  /** How far the clock moves per command: ten minutes. */
  public static final Duration DEFAULT_STEP = Duration.ofMinutes(10);

  /** How many distinct states are kept at most unless told: {@value}. */
  public static final int DEFAULT_MAX_STATES = 500_000;

  /** How many parameter combinations of one kind of command are tried per state unless told: {@value}. */
  public static final int DEFAULT_COMBINATIONS = 4;

  /** The seed of the drawn combinations unless told, or the system property {@value #SEED_PROPERTY} says. */
  public static final long DEFAULT_SEED = 20_261_203L;

  /** The system property that sets the explorer's seed: {@value}, the same as the contracts'. */
  public static final String SEED_PROPERTY = "mim.testkit.seed";

  private final PolicySet policies;
  private final List<Incident> roots = new ArrayList<>();
  private final Map<String, StepInvariant> invariants = new LinkedHashMap<>();
  private List<Actor> actors = List.of(ActionCatalogue.CAST.get(0));
  private int depth = DEFAULT_DEPTH;
  private int maxStates = DEFAULT_MAX_STATES;
  private int combinations = DEFAULT_COMBINATIONS;
  private long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);

  private WorkflowExplorer(PolicySet policies) {
    this.policies = policies;
  }

  /**
   * @param policies the policies every command is decided under
   * @return an explorer starting from a new incident, {@value #DEFAULT_DEPTH} deep, commands by "amy"; the
   *     policies' failures are logged once per cause ({@code PolicyFailureLog}) unless they say where to tell them
   * @throws IllegalArgumentException when {@code policies} is null
   */
  public static WorkflowExplorer under(PolicySet policies) {
    Arguments.notNull("policies", policies);
    // A policy that fails fails on many of the commands explored: told once per cause, not once per command.
    return new WorkflowExplorer(policies.policyFailures() == PolicyFailures.logEach()
        ? PolicySet.from(policies).policyFailures(PolicyFailureLog.oncePerCause()).build() : policies);
  }

  /**
   * @param depth how many commands deep from each starting incident; 1 or more
   * @return this explorer
   * @throws IllegalArgumentException when {@code depth} is below 1
   */
  public WorkflowExplorer depth(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be at least 1, was " + depth);
    }
    this.depth = depth;
    return this;
  }

  /**
   * @param root an incident to start from, in addition to any given before (a new incident when none is given)
   * @return this explorer
   * @throws IllegalArgumentException when {@code root} is null
   */
  public WorkflowExplorer from(Incident root) {
    roots.add(Arguments.notNull("root", root));
    return this;
  }

  /**
   * Starts from a new incident and from the happy path's incident at each of its statuses, so that every stage is
   * explored {@code depth} deep (closure is fourteen commands from the start).
   *
   * @return this explorer
   * @throws AssertionError when the policies refuse a step of the happy path
   */
  public WorkflowExplorer fromEveryStage() {
    roots.add(Incident.start());
    for (IncidentStatus s : IncidentStatus.values()) {
      if (s != IncidentStatus.NONE && HappyPath.passes(s)) {
        roots.add(HappyPath.to(s, policies));
      }
    }
    return this;
  }

  /**
   * @param first who issues commands
   * @param more others who do too: each command is tried by each
   * @return this explorer
   * @throws IllegalArgumentException when an actor is null
   */
  public WorkflowExplorer by(Actor first, Actor... more) {
    List<Actor> all = new ArrayList<>();
    all.add(Arguments.notNull("first", first));
    for (Actor a : more) {
      all.add(Arguments.notNull("actor", a));
    }
    this.actors = List.copyOf(all);
    return this;
  }

  /**
   * @param name the invariant's name, as a violation reports it
   * @param invariant the host's invariant, checked after every command
   * @return this explorer
   * @throws IllegalArgumentException when the name is blank or taken
   */
  public WorkflowExplorer invariant(String name, StepInvariant invariant) {
    if (name == null || name.isBlank() || invariants.containsKey(name) || Invariants.BUILT_IN.contains(name)) {
      throw new IllegalArgumentException("invariant name must be non-blank and new, was " + name);
    }
    invariants.put(name, Arguments.notNull("invariant", invariant));
    return this;
  }

  /**
   * @param bound how many distinct states to keep at most; at least 1
   * @return this explorer
   * @throws IllegalArgumentException when {@code bound} is below 1
   */
  public WorkflowExplorer maxStates(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("maxStates must be at least 1, was " + bound);
    }
    this.maxStates = bound;
    return this;
  }

  /**
   * @param budget how many parameter combinations of one kind of command to try per state, when it has more;
   *     at least 1 (every value of every parameter is tried however small the budget)
   * @return this explorer
   * @throws IllegalArgumentException when {@code budget} is below 1
   */
  public WorkflowExplorer combinationsPerKind(int budget) {
    if (budget < 1) {
      throw new IllegalArgumentException("combinationsPerKind must be at least 1, was " + budget);
    }
    this.combinations = budget;
    return this;
  }

  /**
   * @param seed the seed of the combinations drawn at random; a violation's report prints it
   * @return this explorer
   */
  public WorkflowExplorer seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** @return what the exploration reached and found */
  public Exploration explore() {
    long started = System.nanoTime();
    Search search = new Search(new Invariants(invariants));
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    List<Incident> starts = roots.isEmpty() ? List.of(Incident.start()) : roots;
    for (Incident root : starts) {
      if (!IncidentDecider.replay(root.events()).equals(root.state())) {
        throw new IllegalArgumentException("root must be the state its events replay to, was " + root);
      }
      search.statuses.add(root.state().status());
      if (search.seen.add(search.keys.of(root.state()))) {
        search.frontier.add(new Node(root, root.state(), null, null, 0));
      }
    }
    while (!search.frontier.isEmpty()) {
      Node node = search.frontier.poll();
      if (node.depth < depth) {
        for (IncidentCommand command : commands(node.incident.state(), random)) {
          search.actions.add(command.action());
          search.decide(node, command);
        }
      }
    }
    return new Exploration(depth, search.seen.size(), search.decided, search.accepted, search.actions.size(), seed,
        search.statuses, search.transitions, new ArrayList<>(search.violations.values()), search.truncated,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Every kind of command, with the combinations of its parameters, by every actor, once each. */
  private Set<IncidentCommand> commands(IncidentState state, java.util.random.RandomGenerator random) {
    Instant at = (state.lastEventAt() == null ? HappyPath.START : state.lastEventAt()).plus(DEFAULT_STEP);
    Set<IncidentCommand> commands = new LinkedHashSet<>();
    for (Actor actor : actors) {
      for (ActionKind kind : ActionKind.values()) {
        if (kind == ActionKind.RECORD_ESCALATION) {
          escalations(state, at).forEach(e -> commands.add(IncidentCommand.of(HappyPath.INCIDENT, actor,
              e.dueAt().isAfter(at) ? e.dueAt() : at,
              new EscalationAction.RecordEscalation(e.condition(), e.level(), e.targets(), null))));
        }
        for (Choices choices : ParameterSpace.of(kind, state, at, policies, combinations, random)) {
          commands.add(IncidentCommand.of(HappyPath.INCIDENT, actor, at,
              ActionCatalogue.action(kind, state, choices, at, policies)));
        }
      }
    }
    return commands;
  }

  /** The first escalations the policy has owed, sent when due; none when it fails (the decider reports that). */
  private List<Escalation> escalations(IncidentState state, Instant at) {
    try {
      List<Escalation> due = state.classification() == null ? List.of() : policies.escalation().due(state, at);
      return due == null ? List.of() : due.stream().filter(java.util.Objects::nonNull).limit(combinations).toList();
    } catch (RuntimeException hostFault) {
      return List.of();
    }
  }

  /** A state reached: the incident, how it was reached, how deep. */
  private record Node(Incident incident, IncidentState root, Node parent, IncidentCommand command, int depth) {
    List<IncidentCommand> path(IncidentCommand last) {
      List<IncidentCommand> path = new ArrayList<>();
      path.add(last);
      for (Node n = this; n.command != null; n = n.parent) {
        path.add(0, n.command);
      }
      return path;
    }
  }

  /** The search's working set: the frontier, the states seen, and what was found. */
  private final class Search {
    final ArrayDeque<Node> frontier = new ArrayDeque<>();
    final Set<Object> seen = new HashSet<>();
    final Set<Action> actions = new HashSet<>();
    final StateKey keys = new StateKey();
    final Set<IncidentStatus> statuses = EnumSet.noneOf(IncidentStatus.class);
    final Set<Transition> transitions = new HashSet<>();
    final Map<String, Violation> violations = new LinkedHashMap<>();
    final Invariants checks;
    long decided;
    long accepted;
    boolean truncated;

    Search(Invariants checks) {
      this.checks = checks;
    }

    void decide(Node node, IncidentCommand command) {
      decided++;
      Incident.Step step;
      try {
        step = node.incident.decide(command, policies);
      } catch (RuntimeException e) {
        violations.putIfAbsent(Invariants.NEVER_THROWS,
            new Violation(Invariants.NEVER_THROWS, node.root, node.path(command), "it threw " + e));
        return;
      }
      ExploredStep explored = new ExploredStep(node.incident, command, step.decision(), step.incident());
      checks.check(explored).forEach((name, detail) -> violations.putIfAbsent(name,
          new Violation(name, node.root, node.path(command), detail)));
      if (!step.accepted()) {
        return;
      }
      accepted++;
      IncidentState after = step.incident().state();
      statuses.add(after.status());
      transitions.add(new Transition(node.incident.state().status(), command.action().kind(), after.status()));
      Object key = keys.of(after);
      if (seen.contains(key)) {
        return;
      }
      if (seen.size() >= maxStates) {
        truncated = true;
        return;
      }
      seen.add(key);
      frontier.add(new Node(step.incident(), node.root, node, command, node.depth + 1));
    }
  }
}
