package dev.mim.testkit.contract;

/**
 * A policy broke a law of its interface. The message names the contract and the law, the seed that reproduces the
 * search, the smallest counterexample found (for an incident, its events one per line) and what went wrong.
 */
public final class ContractViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final String contract;
  private final String law;
  private final long seed;
  private final String counterexample;
  private final int steps;

  ContractViolation(String contract, String law, long seed, String counterexample, int steps, Throwable cause) {
    super(contract + " contract broken: " + law + "\n  seed " + seed + " (PolicyContracts.withSeed(" + seed
        + "L) or -D" + PolicyContracts.SEED_PROPERTY + "=" + seed + " searches the same examples)"
        + "\n  smallest counterexample" + (steps > 0 ? " (" + steps + " command" + (steps == 1 ? "" : "s")
        + " from a new incident)" : "") + ": " + counterexample
        + "\n  what went wrong: " + (cause == null ? "the law did not hold" : cause.getMessage()), cause);
    this.contract = contract;
    this.law = law;
    this.seed = seed;
    this.counterexample = counterexample;
    this.steps = steps;
  }

  /** @return the contract, for example "escalation policy" */
  public String contract() {
    return contract;
  }

  /** @return the law broken, for example "no de-escalation as time passes without events" */
  public String law() {
    return law;
  }

  /** @return the seed of the search that found it */
  public long seed() {
    return seed;
  }

  /**
   * @return how many commands from a new incident reproduce the counterexample's incident (one per event, as
   *     {@link dev.mim.testkit.explore.Violation#steps()} counts an explorer's path); 0 when the counterexample has
   *     no incident
   */
  public int steps() {
    return steps;
  }

  /** @return the smallest counterexample, as printed */
  public String counterexample() {
    return counterexample;
  }
}
