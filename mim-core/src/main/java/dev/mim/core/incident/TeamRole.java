package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/** A role in the major incident team, apart from the Major Incident Manager, who is assigned on its own. */
public enum TeamRole {
  /** Leads the technical investigation and fix. */
  TECHNICAL_LEAD,
  /** A member of a resolver group working on the fix. */
  RESOLVER,
  /** Drafts and sends stakeholder communications. */
  COMMUNICATIONS_LEAD,
  /** Keeps the timeline and the decisions log. */
  SCRIBE,
  /** Represents the service desk and its incoming tickets. */
  SERVICE_DESK_LIAISON,
  /** Represents a supplier or managed service provider. */
  SUPPLIER_LIAISON,
  /** Represents the business owner of the affected service. */
  BUSINESS_REPRESENTATIVE,
  /** Any other role. */
  OTHER;

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static TeamRole fromJson(String name) {
    return Checks.named(TeamRole.class, "role", name);
  }
}
