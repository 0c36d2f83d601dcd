package dev.mim.core.lifecycle;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceCatalogue;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the decider calls code the host supplies (catalogue, threshold, declaration policy), in one place. Each
 * call is guarded: an exception it throws is logged once at WARN and becomes a {@code policy-failed} refusal, and
 * the decision stops there ({@link Failed}), so host code can never corrupt an incident.
 */
final class HostPolicies {

  private static final Logger LOG = LoggerFactory.getLogger(IncidentDecider.class);

  private HostPolicies() {}

  /** Thrown once a host's code failed and the refusal is recorded; the decider answers with the rejection. */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed() {
      super(null, null, false, false);
    }
  }

  /**
   * The catalogue entries of those of {@code ids} the catalogue knows; with {@code refuseUnknown}, refuses any it
   * does not admit (check {@link Verdict#refused()} afterwards).
   */
  static List<BusinessService> services(Verdict v, PolicySet context, Set<ServiceId> ids, IncidentId incident,
      boolean refuseUnknown) {
    ServiceCatalogue catalogue = context.serviceCatalogue();
    try {
      List<BusinessService> known = new ArrayList<>(ids.size());
      for (ServiceId id : ids) {
        if (refuseUnknown && !catalogue.admits(id)) {
          v.refuse(ViolationCode.UNKNOWN_SERVICE, "affectedServices",
              "service " + id + " named by incident " + incident + " is not in the service catalogue");
        } else {
          catalogue.find(id).ifPresent(known::add);
        }
      }
      return known;
    } catch (RuntimeException e) {
      throw failed(v, "service catalogue", catalogue, incident, e);
    }
  }

  /** Asks the host's major-incident threshold. */
  static boolean isMajor(Verdict v, PolicySet context, Priority priority, List<BusinessService> services,
      IncidentId incident) {
    try {
      return context.majorIncidentThreshold().isMajor(priority, services);
    } catch (RuntimeException e) {
      throw failed(v, "major-incident threshold", context.majorIncidentThreshold(), incident, e);
    }
  }

  /** Asks the host's declaration policy. */
  static boolean allowsWithoutEvidence(Verdict v, PolicySet context, IncidentState candidate) {
    try {
      return context.declarationPolicy().allowsDeclarationWithoutEvidence(candidate);
    } catch (RuntimeException e) {
      throw failed(v, "declaration policy", context.declarationPolicy(), candidate.id(), e);
    }
  }

  private static Failed failed(Verdict v, String what, Object policy, IncidentId incident, RuntimeException e) {
    LOG.warn("{} {} failed for incident {}", what, policy, incident, e);
    v.refuse(ViolationCode.POLICY_FAILED, null, "the " + what + " failed for incident " + incident + ": " + e);
    return new Failed();
  }
}
