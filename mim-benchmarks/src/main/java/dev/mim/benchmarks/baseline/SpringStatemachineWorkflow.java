package dev.mim.benchmarks.baseline;

import java.util.EnumSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import reactor.core.publisher.Mono;

/**
 * The workflow on Spring Statemachine 4.0.1: one factory built once from the configuration, one started machine
 * per incident, the guard on mobilising reading the incident from the machine's extended state. Events are sent
 * through the reactive API (the blocking {@code sendEvent(E)} is deprecated) and awaited.
 */
public final class SpringStatemachineWorkflow {

  /** The extended-state variable the guard reads: whether the incident has a manager. */
  public static final String HAS_MANAGER = "hasManager";

  private final StateMachineFactory<Phase, Trigger> factory;

  /** Configures the workflow once. */
  public SpringStatemachineWorkflow() {
    try {
      StateMachineBuilder.Builder<Phase, Trigger> b = StateMachineBuilder.builder();
      b.configureConfiguration().withConfiguration().autoStartup(false);
      b.configureStates().withStates().initial(Phase.CANDIDATE).end(Phase.CLOSED).states(EnumSet.allOf(Phase.class));
      b.configureTransitions()
          .withExternal().source(Phase.CANDIDATE).target(Phase.DECLARED).event(Trigger.DECLARE).and()
          .withExternal().source(Phase.DECLARED).target(Phase.MOBILISED).event(Trigger.MOBILISE)
          .guard(ctx -> Boolean.TRUE.equals(ctx.getExtendedState().get(HAS_MANAGER, Boolean.class))).and()
          .withExternal().source(Phase.MOBILISED).target(Phase.RESOLVING).event(Trigger.START_RESOLUTION).and()
          .withExternal().source(Phase.RESOLVING).target(Phase.RESTORED).event(Trigger.RESTORE).and()
          .withExternal().source(Phase.RESTORED).target(Phase.RESOLVING).event(Trigger.REOPEN).and()
          .withExternal().source(Phase.RESTORED).target(Phase.IN_REVIEW).event(Trigger.START_REVIEW).and()
          .withExternal().source(Phase.IN_REVIEW).target(Phase.CLOSED).event(Trigger.CLOSE);
      factory = b.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the workflow's configuration", e);
    }
  }

  /**
   * @param hasManager whether the incident has a manager (the guard of mobilising)
   * @return a new started machine for an incident, in {@code CANDIDATE}
   */
  public StateMachine<Phase, Trigger> machine(boolean hasManager) {
    StateMachine<Phase, Trigger> machine = factory.getStateMachine();
    machine.getExtendedState().getVariables().put(HAS_MANAGER, hasManager);
    machine.startReactively().block();
    return machine;
  }

  /**
   * @param machine the incident's machine
   * @param trigger what to fire
   * @return whether the machine moved: it denied neither the event nor its guard (Spring Statemachine answers
   *     {@code ACCEPTED} for an event whose transition's guard said no, so the state tells)
   */
  public static boolean fire(StateMachine<Phase, Trigger> machine, Trigger trigger) {
    Phase before = machine.getState().getId();
    StateMachineEventResult<Phase, Trigger> result =
        machine.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
    return result != null && result.getResultType() == StateMachineEventResult.ResultType.ACCEPTED
        && machine.getState().getId() != before;
  }
}
