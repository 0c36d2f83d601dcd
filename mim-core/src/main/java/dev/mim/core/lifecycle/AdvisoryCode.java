package dev.mim.core.lifecycle;

/**
 * A remark that accompanies an accepted decision: worth showing, not a reason to refuse. Each constant has a
 * stable {@link #code()}.
 */
public enum AdvisoryCode {
  /** Validation is under way while no primary resolver group is engaged: resolution time may be lost. */
  NO_PRIMARY_RESOLVER_GROUP("no-primary-resolver-group"),
  /** The declaration policy allowed declaring without validation evidence. */
  DECLARED_WITHOUT_EVIDENCE("declared-without-evidence"),
  /** The candidate was declared on confirming evidence although refuting evidence is recorded too. */
  CONFLICTING_EVIDENCE("conflicting-evidence"),
  /** The resolution is implemented by an emergency change, which needs emergency change approval. */
  EMERGENCY_CHANGE("emergency-change"),
  /** The incident closed while child incidents stay open: closing does not close them. */
  CHILDREN_LEFT_OPEN("children-left-open"),
  /** The candidate's priority and services are below the major-incident threshold: validate, then downgrade? */
  BELOW_MAJOR_THRESHOLD("below-major-threshold"),
  /** A reprioritisation moved the incident across the major-incident threshold, up or down. */
  CROSSED_MAJOR_THRESHOLD("crossed-major-threshold");

  private final String code;

  AdvisoryCode(String code) {
    this.code = code;
  }

  /** @return the stable, kebab-case code */
  public String code() {
    return code;
  }
}
