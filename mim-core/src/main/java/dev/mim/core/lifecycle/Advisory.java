package dev.mim.core.lifecycle;

import dev.mim.core.internal.Checks;

/**
 * A remark accompanying an accepted decision.
 *
 * @param code the stable kind of remark
 * @param message the remark, naming the incident and the values involved
 */
public record Advisory(AdvisoryCode code, String message) {

  /** @throws IllegalArgumentException when a field is null */
  public Advisory {
    Checks.notNull("code", code);
    Checks.notNull("message", message);
  }

  @Override
  public String toString() {
    return code.code() + ": " + message;
  }
}
