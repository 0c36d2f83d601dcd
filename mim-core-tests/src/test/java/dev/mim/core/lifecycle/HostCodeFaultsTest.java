package dev.mim.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.fixtures.IncidentDriver;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.EscalationAction;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.logging.RecordingLogs;
import dev.mim.core.people.Role;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Host code is guarded in one place: in every hook, a policy that throws, answers null or answers nonsense gives a
 * {@code policy-failed} rejection naming the policy, leaves the state as it was, and logs exactly one WARN.
 */
class HostCodeFaultsTest {

  private static final RuntimeException BOOM = new IllegalStateException("host code broke");

  /** Each hook, broken three ways, and the command that reaches it from a state the driver reaches. */
  static Stream<Arguments> brokenHooks() {
    Action identify = IncidentDriver.identify(IdentificationSource.EVENT_MONITORING);
    Action declare = new IdentificationAction.Declare(null);
    Action record = new EscalationAction.RecordEscalation(EscalationCondition.NOT_DECLARED, 1,
        List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), null);
    return Stream.of(
        hook("role directory", IncidentStatus.NONE, identify,
            p -> p.roles((t, a) -> {
              throw BOOM;
            }), p -> p.roles((t, a) -> null), p -> p.roles((t, a) -> new java.util.HashSet<>(Arrays.asList(
                Role.OBSERVER, null)))),
        hook("authorization policy", IncidentStatus.NONE, identify,
            p -> p.authorization((a, r, k, s) -> {
              throw BOOM;
            })),
        hook("service catalogue", IncidentStatus.NONE, identify,
            p -> p.serviceCatalogue(id -> {
              throw BOOM;
            }), p -> p.serviceCatalogue(id -> null)),
        hook("major-incident threshold", IncidentStatus.NONE, identify,
            p -> p.majorIncidentThreshold((pr, s) -> {
              throw BOOM;
            })),
        hook("declaration policy", IncidentStatus.CANDIDATE, declare,
            p -> p.declarationPolicy(c -> {
              throw BOOM;
            })),
        hook("escalation policy", IncidentStatus.CANDIDATE, record,
            p -> p.escalation((s, at) -> {
              throw BOOM;
            }), p -> p.escalation((s, at) -> null), p -> p.escalation((s, at) -> Arrays.<Escalation>asList(
                (Escalation) null))));
  }

  @SafeVarargs
  private static Arguments hook(String name, IncidentStatus at, Action action,
      Function<PolicySet.Builder, PolicySet.Builder>... breakages) {
    List<Function<PolicySet.Builder, PolicySet.Builder>> each = new ArrayList<>();
    for (Function<PolicySet.Builder, PolicySet.Builder> breakage : breakages) {
      each.add(breakage);
    }
    return Arguments.of(name, at, action, List.copyOf(each));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenHooks")
  void aBrokenHookIsAPolicyFailedRejectionWithOneWarning(String name, IncidentStatus at, Action action,
      List<Function<PolicySet.Builder, PolicySet.Builder>> breakages) {
    for (Function<PolicySet.Builder, PolicySet.Builder> breakage : breakages) {
      IncidentDriver d = new IncidentDriver();
      if (at != IncidentStatus.NONE) {
        d.until(at);
      }
      d.policies = breakage.apply(PolicySet.custom()).build();
      RecordingLogs.clear();
      Decision.Rejected r = d.no(ViolationCode.POLICY_FAILED, action);
      assertTrue(r.violations().get(0).message().contains("the " + name + " failed"), r.violations().toString());
      assertEquals(1, r.violations().size());
      assertEquals(1, RecordingLogs.warnings().size(), name + ": one WARN");
      assertTrue(RecordingLogs.warnings().get(0).message().startsWith(name), RecordingLogs.warnings().toString());
    }
  }

  @ParameterizedTest(name = "tenant resolver: {0}")
  @MethodSource("brokenResolvers")
  void aBrokenTenantResolverIsAPolicyFailedRejection(String how, TenantPolicies resolver) {
    IncidentDriver d = new IncidentDriver();
    RecordingLogs.clear();
    Decision r = IncidentDecider.decide(d.state, d.command(IncidentDriver.identify(IdentificationSource.OTHER)),
        resolver);
    Decision.Rejected rejected = d.reject(ViolationCode.POLICY_FAILED, r);
    assertSame(d.state, rejected.state());
    assertTrue(rejected.violations().get(0).message().contains("the tenant resolver failed"));
    assertEquals(1, RecordingLogs.warnings().size());
  }

  static Stream<Arguments> brokenResolvers() {
    return Stream.of(Arguments.of("throws", (TenantPolicies) t -> {
      throw BOOM;
    }), Arguments.of("answers null", (TenantPolicies) t -> null));
  }

  @org.junit.jupiter.api.Test
  void aHostThatRefusesEveryoneGetsNotAuthorizedNotAFailure() {
    IncidentDriver d = new IncidentDriver();
    d.policies = PolicySet.custom().roles((t, a) -> Set.of(Role.OBSERVER))
        .authorization((actor, roles, kind, s) -> !roles.contains(Role.OBSERVER)).build();
    Decision.Rejected r = d.no(ViolationCode.NOT_AUTHORIZED, IncidentDriver.identify(IdentificationSource.OTHER));
    assertEquals("actor", r.violations().get(0).field());
    assertEquals("amy (roles [observer]) may not IDENTIFY incident MI-1", r.violations().get(0).message());
  }

  @org.junit.jupiter.api.Test
  void aRefusalsMessageShowsTheRolesAsTheyWereWhenTheHostChangesItsSetLater() {
    java.util.Set<Role> hostsOwn = new java.util.HashSet<>(Set.of(Role.OBSERVER));
    IncidentDriver d = new IncidentDriver();
    d.policies = PolicySet.custom().roles((t, a) -> hostsOwn).authorization((actor, roles, kind, s) -> false).build();
    Decision.Rejected r = d.no(ViolationCode.NOT_AUTHORIZED, IncidentDriver.identify(IdentificationSource.OTHER));
    hostsOwn.add(Role.AUTOMATION);
    assertEquals("amy (roles [observer]) may not IDENTIFY incident MI-1", r.violations().get(0).message());
  }

  @org.junit.jupiter.api.Test
  void aWrongAnswerIsNamedByTheCallWithItsArguments() {
    IncidentDriver d = new IncidentDriver();
    d.policies = PolicySet.custom().roles((t, a) -> null).build();
    assertTrue(d.no(ViolationCode.POLICY_FAILED, IncidentDriver.identify(IdentificationSource.OTHER)).violations()
        .get(0).message().endsWith("rolesOf(amy) answered null"));
    d.policies = PolicySet.custom().escalation((s, at) -> Arrays.<Escalation>asList((Escalation) null)).build();
    d.until(IncidentStatus.CANDIDATE);
    Decision.Rejected r = d.no(ViolationCode.POLICY_FAILED, new EscalationAction.RecordEscalation(EscalationCondition.NOT_DECLARED,
        1, List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER)), null));
    assertTrue(r.violations().get(0).message().endsWith("due(MI-1, " + d.now + ") answered a collection holding null"),
        r.violations().toString());
    Decision.Rejected tenant = d.reject(ViolationCode.POLICY_FAILED, IncidentDecider.decide(d.state,
        d.command(new IdentificationAction.Declare(null)), (TenantPolicies) t -> null));
    assertTrue(tenant.violations().get(0).message().endsWith("policiesFor(default) answered null"),
        tenant.violations().toString());
  }
}
