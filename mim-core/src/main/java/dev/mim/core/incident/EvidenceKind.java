package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/**
 * What validation found about a candidate: evidence that it is a major incident, or evidence that it is not.
 *
 * <p>The practice validates before committing all resources, and validation may find that the candidate is not
 * major after all (a momentary alert, a false positive). A candidate is declared on confirming evidence; one with
 * only refuting evidence cannot be declared and is downgraded, citing that evidence.
 */
public enum EvidenceKind {
  /** Affected end users were contacted and confirmed the impact. */
  AFFECTED_USERS_CONFIRMED(false),
  /** A technical resolver group confirmed that the technology or service is affected. */
  RESOLVER_GROUP_CONFIRMED(false),
  /** Monitoring confirms a sustained failure, not a momentary alert. */
  MONITORING_CONFIRMED(false),
  /** The business owner of the service confirmed the business impact. */
  BUSINESS_IMPACT_CONFIRMED(false),
  /** Confirming evidence of another kind, described in the record's detail. */
  OTHER(false),
  /** Refuting: the alert was momentary and the service recovered by itself. */
  MOMENTARY_ALERT(true),
  /** Refuting: the alert or reports were a false positive; the service was never affected. */
  FALSE_POSITIVE(true),
  /** Refuting: the service is affected, but below the major-incident threshold (few users, low impact). */
  BELOW_THRESHOLD(true),
  /** Refuting: it is the same failure as another incident, named in the record's {@code duplicateOf}. */
  DUPLICATE(true);

  private final boolean refutes;

  EvidenceKind(boolean refutes) {
    this.refutes = refutes;
  }

  /** @return true when this evidence says the candidate is not a (new) major incident */
  public boolean refutes() {
    return refutes;
  }

  /** @return true when this evidence confirms the candidate is a major incident */
  public boolean confirms() {
    return !refutes;
  }

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static EvidenceKind fromJson(String name) {
    return Checks.named(EvidenceKind.class, "evidence", name);
  }
}
