package dev.mim.core.lifecycle;

import dev.mim.core.internal.Checks;

/**
 * One reason a command was refused.
 *
 * @param code the stable reason
 * @param message what is wrong, naming the incident and the values involved
 * @param field the command field at fault, as a dotted path (for example {@code "action.change"}); null when the
 *     refusal is about the incident's state as a whole
 */
public record Violation(ViolationCode code, String message, String field) {

  /** @throws IllegalArgumentException when the code or message is null or the message is blank */
  public Violation {
    Checks.notNull("code", code);
    Checks.notNull("message", message);
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }

  @Override
  public String toString() {
    return code.code() + (field == null ? "" : " [" + field + "]") + ": " + message;
  }
}
