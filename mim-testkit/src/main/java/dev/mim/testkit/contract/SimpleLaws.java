package dev.mim.testkit.contract;

import dev.mim.core.identify.Detection;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.identify.OpenKeys;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.MaintenanceSchedule;
import dev.mim.core.service.MaintenanceWindow;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.DetectionPolicy;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.testkit.fixture.HappyPath;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import dev.mim.testkit.internal.ActionCatalogue;
import dev.mim.testkit.internal.Describe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The laws of the policies that answer a question without time: declaration, threshold, role directory, tenant
 * policies, and detection (which may keep state, so is checked on whole streams).
 */
final class SimpleLaws {

  private SimpleLaws() {}

  /** An incident that has been identified, printed with its events. */
  record Identified(Incident incident) implements HasIncident {
    @Override
    public String toString() {
      return Describe.incident(incident);
    }
  }

  /** A priority, a more severe one, and services. */
  record Severity(Priority priority, Priority worse, List<BusinessService> services) {}

  /** A tenant and an actor. */
  record Who(TenantId tenant, Actor actor) {}

  /** A stream of signals, with the keys open when they arrive and the maintenance windows of the host. */
  record Stream(List<IncidentSignal> signals, Set<String> open, MaintenanceSchedule maintenance) {
    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(signals.size() + " signals, keys open: " + open + ", maintenance: "
          + maintenance.windows() + "\n");
      signals.forEach(s -> out.append("  ").append(s).append('\n'));
      return out.toString();
    }
  }

  static Generator<Identified> identifiedIncidents(PolicySet policies) {
    Generator<Incident> incidents = Generators.incidents(policies, 12);
    // Never empty: an incident that has not been identified yet gets its identification.
    return random -> {
      Incident incident = incidents.next(random);
      return new Identified(incident.state().status() == IncidentStatus.NONE
          ? HappyPath.to(IncidentStatus.CANDIDATE, policies) : incident);
    };
  }

  static List<Law<Identified>> declaration(DeclarationPolicy policy) {
    return List.of(
        new Law<>("total: never an exception", e -> allows(policy, e.incident().state())),
        new Law<>("the same answer however often asked", e -> {
          boolean once = allows(policy, e.incident().state());
          Law.require(once == allows(policy, e.incident().state()), "it answered " + once + ", then " + !once);
        }));
  }

  private static boolean allows(DeclarationPolicy policy, IncidentState state) {
    return Law.total("allowsDeclarationWithoutEvidence(incident)",
        () -> policy.allowsDeclarationWithoutEvidence(state));
  }

  static Generator<Severity> thresholdExamples() {
    return random -> {
      int level = 1 + random.nextInt(Priority.MAX_LEVEL);
      List<BusinessService> services = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        String id = "svc-" + random.nextInt(5);
        services.add(new BusinessService(ServiceId.of(id), id, 1 + random.nextInt(BusinessService.MAX_TIER),
            BigDecimal.ZERO, ResolverGroup.of("ops"), Actor.of("owner")));
      }
      return new Severity(Priority.of(level), Priority.of(1 + random.nextInt(level)), List.copyOf(services));
    };
  }

  static List<Law<Severity>> threshold(MajorIncidentThreshold threshold) {
    return List.of(
        new Law<>("total: never an exception", e -> isMajor(threshold, e.priority(), e)),
        new Law<>("the same answer however often asked", e -> {
          boolean once = isMajor(threshold, e.priority(), e);
          isMajor(threshold, e.worse(), e);
          Law.require(once == isMajor(threshold, e.priority(), e), "it answered " + once + ", then " + !once);
        }),
        new Law<>("a more severe priority on the same services is major whenever a less severe one is", e ->
            Law.require(!isMajor(threshold, e.priority(), e) || isMajor(threshold, e.worse(), e),
                e.priority() + " is major on " + e.services() + " but " + e.worse() + " is not")));
  }

  private static boolean isMajor(MajorIncidentThreshold threshold, Priority priority, Severity e) {
    return Law.total("isMajor(" + priority + ", services)", () -> threshold.isMajor(priority, e.services()));
  }

  static Generator<Who> tenantsAndActors() {
    return random -> new Who(random.nextInt(3) == 0 ? TenantId.DEFAULT : TenantId.of("tenant-" + random.nextInt(3)),
        random.nextInt(4) == 3 ? Actor.of("stranger") : ActionCatalogue.CAST.get(random.nextInt(3)));
  }

  static List<Law<Who>> directory(RoleDirectory directory) {
    return List.of(
        new Law<>("total: a set of roles, never an exception, a null or a null element",
            e -> rolesOf(directory, e)),
        new Law<>("the same answer however often asked", e -> {
          Set<Role> once = rolesOf(directory, e);
          Law.require(once.equals(rolesOf(directory, e)), "it answered " + once + ", then otherwise");
        }));
  }

  private static Set<Role> rolesOf(RoleDirectory directory, Who e) {
    Set<Role> roles = Law.total("rolesOf(" + e.tenant() + ", " + e.actor() + ")",
        () -> directory.rolesOf(e.tenant(), e.actor()));
    Law.require(!Law.holdsNull(roles), "rolesOf(" + e.tenant() + ", " + e.actor() + ") held a null");
    return roles;
  }

  static List<Law<Who>> tenants(TenantPolicies tenants) {
    return List.of(
        new Law<>("total: policies for every tenant, never an exception or a null", e -> policiesFor(tenants, e)),
        new Law<>("the same policies however often asked", e -> {
          PolicySet once = policiesFor(tenants, e);
          Law.require(once.equals(policiesFor(tenants, e)), "it answered other policies the second time");
        }));
  }

  private static PolicySet policiesFor(TenantPolicies tenants, Who e) {
    return Law.total("policiesFor(" + e.tenant() + ")", () -> tenants.policiesFor(e.tenant()));
  }

  static Generator<Stream> signalStreams() {
    Generator<List<IncidentSignal>> signals = Generators.signalStreams(40);
    return random -> {
      Set<String> open = random.nextInt(2) == 0 ? Set.of() : Set.of("svc-" + random.nextInt(3));
      List<IncidentSignal> stream = signals.next(random);
      MaintenanceSchedule maintenance = MaintenanceSchedule.none();
      if (!stream.isEmpty() && random.nextInt(2) == 0) {
        // A window on one signal's service, from a little before it to a little after.
        IncidentSignal on = stream.get(random.nextInt(stream.size()));
        Instant from = on.at().minus(Duration.ofMinutes(random.nextInt(30)));
        maintenance = MaintenanceSchedule.of(new MaintenanceWindow("CHG-" + random.nextInt(100), "maintenance",
            Set.of(on.service()), from, on.at().plus(Duration.ofMinutes(1 + random.nextInt(30))),
            Duration.ofMinutes(random.nextInt(3) * 10L)));
      }
      return new Stream(stream, open, maintenance);
    };
  }

  static List<Law<Stream>> detection(Supplier<? extends DetectionPolicy> fresh) {
    return List.of(
        new Law<>("total: a detection for every signal, never an exception or a null", e -> observe(fresh, e)),
        new Law<>("deterministic: two fresh policies fed the same stream answer the same", e -> {
          List<Detection> once = observe(fresh, e);
          List<Detection> again = observe(fresh, e);
          Law.require(once.equals(again), "the first answered " + once + ", the second " + again);
        }),
        new Law<>("honours maintenance: a signal on a service a window names, while the window is under way, is "
            + "suppressed", e -> {
          List<Detection> detections = observe(fresh, e.signals(), e.open(), e.maintenance());
          for (int i = 0; i < detections.size(); i++) {
            IncidentSignal signal = e.signals().get(i);
            boolean covered = e.maintenance().covering(signal.service(), signal.at(), ServiceDependencies.none())
                .isPresent();
            Law.require(!covered || detections.get(i) instanceof Detection.Suppressed,
                "signal " + signal.reference() + " under maintenance was answered " + detections.get(i));
          }
        }),
        new Law<>("a suppressed signal leaves the detector as it was: the others answer as if it never came", e -> {
          List<Detection> with = observe(fresh, e.signals(), e.open(), e.maintenance());
          List<IncidentSignal> kept = new ArrayList<>();
          List<Detection> answered = new ArrayList<>();
          for (int i = 0; i < with.size(); i++) {
            if (!(with.get(i) instanceof Detection.Suppressed)) {
              kept.add(e.signals().get(i));
              answered.add(with.get(i));
            }
          }
          List<Detection> without = observe(fresh, kept, e.open(), MaintenanceSchedule.none());
          Law.require(answered.equals(without), "beside the suppressed signals it answered " + answered
              + ", without them " + without);
        }));
  }

  private static List<Detection> observe(Supplier<? extends DetectionPolicy> fresh, Stream e) {
    DetectionPolicy policy = Law.total("the supplier of fresh policies", fresh::get);
    OpenKeys open = OpenKeys.of(e.open());
    List<Detection> detections = new ArrayList<>();
    for (IncidentSignal signal : e.signals()) {
      detections.add(Law.total("observe(" + signal.reference() + ")", () -> policy.observe(signal, open)));
    }
    return detections;
  }

  private static List<Detection> observe(Supplier<? extends DetectionPolicy> fresh, List<IncidentSignal> signals,
      Set<String> openKeys, MaintenanceSchedule maintenance) {
    DetectionPolicy policy = Law.total("the supplier of fresh policies", fresh::get);
    OpenKeys open = OpenKeys.of(openKeys);
    List<Detection> detections = new ArrayList<>();
    for (IncidentSignal signal : signals) {
      detections.add(Law.total("observe(" + signal.reference() + ", maintenance)",
          () -> policy.observe(signal, open, maintenance)));
    }
    return detections;
  }
}
