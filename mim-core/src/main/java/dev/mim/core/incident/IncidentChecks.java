package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import dev.mim.core.service.ServiceId;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Checks that actions and facts of this package share. */
final class IncidentChecks {

  private IncidentChecks() {}

  /** Refuses a duplicate without the incident it duplicates, and that incident on another kind of evidence. */
  static void duplicateOfFits(EvidenceKind evidence, IncidentId duplicateOf) {
    if (evidence == EvidenceKind.DUPLICATE && duplicateOf == null) {
      throw new IllegalArgumentException("duplicateOf must name the incident duplicated for evidence DUPLICATE");
    }
    if (evidence != EvidenceKind.DUPLICATE && duplicateOf != null) {
      throw new IllegalArgumentException("duplicateOf must be null for evidence " + evidence + ", was "
          + duplicateOf);
    }
  }

  /** Refuses a cited evidence kind that confirms rather than refutes. */
  static void refuting(EvidenceKind evidence) {
    if (evidence != null && !evidence.refutes()) {
      throw new IllegalArgumentException("evidence must be a refuting kind (MOMENTARY_ALERT, FALSE_POSITIVE, "
          + "BELOW_THRESHOLD, DUPLICATE), was " + evidence);
    }
  }

  /** The children a merge moves: no null, not the duplicate, at most {@code max}, sorted and unmodifiable. */
  static SortedSet<IncidentId> movedChildren(IncidentId duplicate, Set<IncidentId> children, int max) {
    Checks.noNulls("children", children);
    if (children.contains(duplicate)) {
      throw new IllegalArgumentException("children must not hold the duplicate " + duplicate + " itself");
    }
    if (children.size() > max) {
      throw new IllegalArgumentException("children must hold at most " + max + " ids, held " + children.size());
    }
    return Collections.unmodifiableSortedSet(new TreeSet<>(children));
  }

  /** A non-empty set of services, sorted and unmodifiable. */
  static SortedSet<ServiceId> sortedServices(String field, Set<ServiceId> services) {
    Checks.notEmpty(field, services);
    return Collections.unmodifiableSortedSet(new TreeSet<>(services));
  }
}
