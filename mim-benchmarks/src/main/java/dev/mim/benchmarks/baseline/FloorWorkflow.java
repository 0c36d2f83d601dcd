package dev.mim.benchmarks.baseline;

/**
 * The floor: the workflow hand-written as an enum switch, one small immutable record per transition, one guard
 * (mobilising needs a manager). What no engine can beat; the benchmarks' ratios are to it.
 */
public final class FloorWorkflow {

  private FloorWorkflow() {}

  /**
   * A transition made.
   *
   * @param from the phase before
   * @param trigger what moved it
   * @param to the phase after
   * @param version the incident's version after it
   */
  public record Moved(Phase from, Trigger trigger, Phase to, long version) {}

  /**
   * An incident of the floor workflow.
   *
   * @param phase where it stands
   * @param hasManager whether a manager is assigned (the guard of mobilising)
   * @param version how many transitions it made
   */
  public record Incident(Phase phase, boolean hasManager, long version) {}

  /**
   * @param incident the incident
   * @param trigger what to fire
   * @return the transition, or null when {@code trigger} is not allowed where the incident stands
   */
  public static Moved fire(Incident incident, Trigger trigger) {
    Phase to = switch (incident.phase()) {
      case CANDIDATE -> trigger == Trigger.DECLARE ? Phase.DECLARED : null;
      case DECLARED -> trigger == Trigger.MOBILISE && incident.hasManager() ? Phase.MOBILISED : null;
      case MOBILISED -> trigger == Trigger.START_RESOLUTION ? Phase.RESOLVING : null;
      case RESOLVING -> trigger == Trigger.RESTORE ? Phase.RESTORED : null;
      case RESTORED -> trigger == Trigger.REOPEN ? Phase.RESOLVING
          : trigger == Trigger.START_REVIEW ? Phase.IN_REVIEW : null;
      case IN_REVIEW -> trigger == Trigger.CLOSE ? Phase.CLOSED : null;
      case CLOSED -> null;
    };
    return to == null ? null : new Moved(incident.phase(), trigger, to, incident.version() + 1);
  }

  /**
   * @param incident the incident before
   * @param moved a transition it made
   * @return the incident after it
   */
  public static Incident apply(Incident incident, Moved moved) {
    return new Incident(moved.to(), incident.hasManager(), moved.version());
  }
}
