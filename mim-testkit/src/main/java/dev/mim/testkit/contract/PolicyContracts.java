package dev.mim.testkit.contract;

import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.AuthorizationPolicy;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.DetectionPolicy;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.OnCallRota;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.policies.oncall.OnCallSchedule;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.internal.Arguments;
import dev.mim.testkit.quicktheories.MimGen;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Checks a host's implementation of a policy interface against the laws its Javadoc states, one call per
 * interface. Each law is searched with generated examples (incidents made of accepted commands, instants,
 * actors, roles, signals); the first example that breaks a law is shrunk and thrown as a
 * {@link ContractViolation} that names the law, the seed and the smallest counterexample. Deterministic: the same
 * seed searches the same examples.
 *
 * <pre>{@code
 * PolicyContracts.standard().escalation(EscalationPresets.tiered());
 * PolicyContracts.withSeed(42).examples(100).roleBasedAuthorization(AuthorizationMatrix.standard());
 * }</pre>
 *
 * <p>Immutable: the settings methods return a copy.
 */
public final class PolicyContracts {

  /** The system property that sets the seed of {@link #standard()}: {@value}. */
  public static final String SEED_PROPERTY = "mim.testkit.seed";

  /** The seed of {@link #standard()} when the system property is not set. */
  public static final long DEFAULT_SEED = 20_261_123L;

  /** How many examples each law is checked on unless told: {@value}. */
  public static final int DEFAULT_EXAMPLES = 500;

  private static final int SHRINK_CYCLES = 5_000;

  private final long seed;
  private final int examples;
  private final PolicySet incidents;

  private PolicyContracts(long seed, int examples, PolicySet incidents) {
    this.seed = seed;
    this.examples = examples;
    this.incidents = incidents;
  }

  /**
   * @return contracts searched from the seed in system property {@value #SEED_PROPERTY}, or {@link #DEFAULT_SEED},
   *     {@value #DEFAULT_EXAMPLES} examples per law, on incidents decided under mim's default policies
   */
  public static PolicyContracts standard() {
    return new PolicyContracts(Long.getLong(SEED_PROPERTY, DEFAULT_SEED), DEFAULT_EXAMPLES, PolicySet.ofDefaults());
  }

  /**
   * @param seed the seed; a failure prints the one it was found with
   * @return {@link #standard()} searched from {@code seed}
   */
  public static PolicyContracts withSeed(long seed) {
    return new PolicyContracts(seed, DEFAULT_EXAMPLES, PolicySet.ofDefaults());
  }

  /**
   * @param count how many examples each law is checked on; at least 1
   * @return a copy checking {@code count} examples per law
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public PolicyContracts examples(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("examples must be at least 1, was " + count);
    }
    return new PolicyContracts(seed, count, incidents);
  }

  /**
   * @param policies the policies the example incidents are decided under: the host's own, so that the incidents
   *     look like the host's (its matrix, its catalogue). Without it the examples are decided under mim's
   *     defaults: the ITIL 3x3 matrix (impacts and urgencies 1 to 3 only, so a host's 5x5 levels are never tried),
   *     the open catalogue, declaration only with evidence; a law broken only on incidents the host's policies make
   *     goes unseen
   * @return a copy making example incidents under {@code policies}
   * @throws IllegalArgumentException when {@code policies} is null
   */
  public PolicyContracts incidentsUnder(PolicySet policies) {
    return new PolicyContracts(seed, examples, Arguments.notNull("policies", policies));
  }

  /** @return the seed searched from */
  public long seed() {
    return seed;
  }

  /**
   * The laws of {@link EscalationPolicy}: total (no exception, null or null element); the same answer however
   * often and in whichever order asked; no de-escalation as time passes without events (the highest level due of
   * each condition never goes down); nothing after restoration but an uncompleted review's escalation, nothing at
   * all once ended; bounded repeats (at most {@value EscalationLaws#MAX_PER_CONDITION} per condition, asked a year
   * later); every escalation it offers can be recorded by the decider at its due time (or the incident's last
   * event, if later), and once recorded is not offered again, so that a host's loop of asking, paging and recording
   * ends.
   *
   * @param policy the host's policy
   * @throws ContractViolation when a law is broken
   */
  public void escalation(EscalationPolicy policy) {
    Arguments.notNull("policy", policy);
    check("escalation policy", EscalationLaws.examples(incidents), EscalationLaws.of(policy, incidents));
  }

  /**
   * The laws of {@link AuthorizationPolicy}: total; the same answer however often asked; a refusal changes
   * nothing (the decider refuses the command with {@code not-authorized}, and the state and events stay as they
   * were).
   *
   * @param policy the host's policy
   * @throws ContractViolation when a law is broken
   */
  public void authorization(AuthorizationPolicy policy) {
    Arguments.notNull("policy", policy);
    check("authorization policy", AuthorizationLaws.examples(incidents), AuthorizationLaws.of(policy, incidents));
  }

  /**
   * The laws of {@link #authorization}, and those of a policy that decides by role: an observer may do nothing
   * ({@link dev.mim.core.people.Role#OBSERVER Role.OBSERVER}: "watches; may do nothing"), and holding one more role never takes a permission away.
   * {@link AuthorizationPolicy#permitAll()} is not role-based and fails the first.
   *
   * @param policy the host's policy
   * @throws ContractViolation when a law is broken
   */
  public void roleBasedAuthorization(AuthorizationPolicy policy) {
    Arguments.notNull("policy", policy);
    check("role-based authorization policy", AuthorizationLaws.examples(incidents),
        AuthorizationLaws.roleBased(policy, incidents));
  }

  /**
   * The laws of {@link DeclarationPolicy}: total and the same answer however often asked, on every identified
   * incident.
   *
   * @param policy the host's policy
   * @throws ContractViolation when a law is broken
   */
  public void declaration(DeclarationPolicy policy) {
    Arguments.notNull("policy", policy);
    check("declaration policy", SimpleLaws.identifiedIncidents(incidents), SimpleLaws.declaration(policy));
  }

  /**
   * The laws of {@link MajorIncidentThreshold}: total; the same answer however often asked; a more severe priority
   * on the same services is major whenever a less severe one is.
   *
   * @param threshold the host's threshold
   * @throws ContractViolation when a law is broken
   */
  public void threshold(MajorIncidentThreshold threshold) {
    Arguments.notNull("threshold", threshold);
    check("major-incident threshold", SimpleLaws.thresholdExamples(), SimpleLaws.threshold(threshold));
  }

  /**
   * The laws of a {@link ServiceCatalogue} (a host's, over its CMDB for example), on random sets of the services
   * given: total (each is admitted and known, with its subscribers and what it supports, never an exception or a
   * null), the same answers however often asked, and an impact ({@link ServiceCatalogue#impactOf}) that holds the
   * named services, everything they support, and exactly the subscribers of the services it affects.
   *
   * @param catalogue the host's catalogue
   * @param services services it holds, at least one
   * @throws ContractViolation when a law is broken
   * @throws IllegalArgumentException when an argument is null, or {@code services} empty or holding null
   */
  public void catalogue(ServiceCatalogue catalogue, Collection<ServiceId> services) {
    Arguments.notNull("catalogue", catalogue);
    Arguments.notNull("services", services);
    if (services.isEmpty() || Law.holdsNull(services)) {
      throw new IllegalArgumentException("services must hold at least one service and no null, was " + services);
    }
    check("service catalogue", CatalogueLaws.named(List.copyOf(new TreeSet<>(services))), CatalogueLaws.of(catalogue));
  }

  /**
   * The laws of {@link RoleDirectory}: total (a set without null) and the same answer however often asked.
   *
   * @param directory the host's directory
   * @throws ContractViolation when a law is broken
   */
  public void roleDirectory(RoleDirectory directory) {
    Arguments.notNull("directory", directory);
    check("role directory", SimpleLaws.tenantsAndActors(), SimpleLaws.directory(directory));
  }

  /**
   * The laws of {@link TenantPolicies}: total and the same policies however often asked.
   *
   * @param tenants the host's tenant policies
   * @throws ContractViolation when a law is broken
   */
  public void tenants(TenantPolicies tenants) {
    Arguments.notNull("tenants", tenants);
    check("tenant policies", SimpleLaws.tenantsAndActors(), SimpleLaws.tenants(tenants));
  }

  /**
   * The laws of {@link DetectionPolicy}, which may keep state between signals: total on every signal stream,
   * deterministic (two fresh policies fed the same stream answer the same), and honouring maintenance windows (a
   * signal on a service a window under way names is suppressed, and a suppressed signal leaves the detector as it
   * was).
   *
   * @param fresh makes a new policy in its initial state each time it is called
   * @throws ContractViolation when a law is broken
   */
  public void detection(Supplier<? extends DetectionPolicy> fresh) {
    Arguments.notNull("fresh", fresh);
    check("detection policy", SimpleLaws.signalStreams(), SimpleLaws.detection(fresh));
  }

  /**
   * The laws of {@link OnCallRota}, on any implementation (the host's own rota or mim's {@link OnCallSchedule}):
   * total (never an exception or a null) and the same answer however often and in whichever order asked. For an
   * {@link OnCallSchedule}, also: exactly one person per active layer, one of its rotation, none for a layer that
   * is not active; the schedule names the latest override covering the instant, else the person of the highest
   * active layer. Instants span two years, across daylight-saving changes.
   *
   * @param rota the host's rota
   * @throws ContractViolation when a law is broken
   */
  public void onCall(OnCallRota rota) {
    Arguments.notNull("rota", rota);
    check("on-call rota", OnCallLaws.instants(), OnCallLaws.of(rota));
  }

  private <C> void check(String contract, Generator<C> generator, List<Law<C>> laws) {
    for (Law<C> law : laws) {
      QuickTheory.qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(SHRINK_CYCLES)
          .withReporter(new Thrower(contract, law.name(), seed))
          .forAll(MimGen.of(generator))
          .checkAssert(law.check());
    }
  }

  @Override
  public String toString() {
    return "PolicyContracts[seed " + seed + ", " + examples + " examples per law]";
  }

  /** Turns QuickTheories' report of a falsified law into a {@link ContractViolation}. */
  private static final class Thrower implements Reporter {
    private final String contract;
    private final String law;
    private final long seed;

    Thrower(String contract, String law, long seed) {
      this.contract = contract;
      this.law = law;
      this.seed = seed;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
        List<Object> others, AsString<Object> toString) {
      throw new ContractViolation(contract, law, this.seed, String.valueOf(smallest), steps(smallest), cause);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others,
        AsString<Object> toString) {
      throw new ContractViolation(contract, law, this.seed, String.valueOf(smallest), steps(smallest), null);
    }

    private static int steps(Object smallest) {
      return smallest instanceof HasIncident example ? example.incident().events().size() : 0;
    }

    @Override
    public void valuesExhausted(int examplesUsed) {
      // Generators here never filter: there is nothing to exhaust.
    }
  }
}
