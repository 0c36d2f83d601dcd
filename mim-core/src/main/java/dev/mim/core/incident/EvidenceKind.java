package dev.mim.core.incident;

/** A kind of validation evidence that a candidate really is a major incident. */
public enum EvidenceKind {
  /** Affected end users were contacted and confirmed the impact. */
  AFFECTED_USERS_CONFIRMED,
  /** A technical resolver group confirmed that the technology or service is affected. */
  RESOLVER_GROUP_CONFIRMED,
  /** Monitoring confirms a sustained failure, not a momentary alert. */
  MONITORING_CONFIRMED,
  /** The business owner of the service confirmed the business impact. */
  BUSINESS_IMPACT_CONFIRMED,
  /** Evidence of another kind, described in the record's detail. */
  OTHER
}
