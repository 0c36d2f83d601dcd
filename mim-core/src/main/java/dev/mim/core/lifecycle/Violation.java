package dev.mim.core.lifecycle;

import org.jspecify.annotations.Nullable;
import dev.mim.core.internal.Checks;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One reason a command was refused: a value of its code, its message and the field at fault.
 *
 * <p>The decider builds the message only when {@link #message()} (or {@link #toString()}, {@link #equals},
 * {@link #hashCode()}) is first asked for, each time anew: a host that reads only the {@link #code()} of a
 * refusal on its hot path pays for no text. The message is the same however often it is asked for.
 */
public final class Violation {

  private final ViolationCode code;
  private final String field;
  private final Object message; // a String, or the decider's Supplier<String> of it

  /**
   * @param code the stable reason
   * @param message what is wrong, naming the incident and the values involved
   * @param field the command field at fault, as a dotted path (for example {@code "action.change"}); null when the
   *     refusal is about the incident's state as a whole
   * @throws IllegalArgumentException when the code or message is null or the message is blank
   */
  public Violation(ViolationCode code, String message, @Nullable String field) {
    Checks.notNull("code", code);
    Checks.notNull("message", message);
    if (message.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
    this.code = code;
    this.message = message;
    this.field = field;
  }

  /** The decider's refusal: {@code message} is built when asked for. */
  private Violation(ViolationCode code, String field, Supplier<String> message) {
    this.code = code;
    this.field = field;
    this.message = message;
  }

  static Violation lazy(ViolationCode code, String field, Supplier<String> message) {
    return new Violation(code, field, message);
  }

  /** @return the stable reason */
  public ViolationCode code() {
    return code;
  }

  /** @return what is wrong, naming the incident and the values involved */
  @SuppressWarnings("unchecked")
  public String message() {
    return message instanceof String text ? text : ((Supplier<String>) message).get();
  }

  /** @return the command field at fault as a dotted path, or null for the incident's state as a whole */
  public @Nullable String field() {
    return field;
  }

  /** Equal when code, field and message are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v && code == v.code && Objects.equals(field, v.field) && message().equals(v.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, field, message());
  }

  @Override
  public String toString() {
    return code.code() + (field == null ? "" : " [" + field + "]") + ": " + message();
  }
}
