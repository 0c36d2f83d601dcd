package dev.mim.core.handling;

import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.lifecycle.Decision;

/**
 * A host's hook on what a {@link CommandHandler} does with each command: for meters, audit trails, traces. Every
 * method has an empty default, so a host overrides what it needs.
 *
 * <p>Guarded as host policies are: a listener that throws is told to the tenant's {@link
 * dev.mim.core.spi.PolicyFailures PolicyFailures} (logged at WARN by default) and changes nothing of what becomes of
 * the command. It is called on the thread that handles the command, in this order for each attempt: {@link
 * #deciding}, {@link #decided}, then {@link #conflicted} when the append met another writer's; and {@link #handled}
 * once at the end. {@code deciding} and {@code decided} of one attempt come in pairs, with nothing of the handler's
 * between them but the decision, so a listener may time the decider between the two.
 */
public interface DecisionListener {

  /**
   * Just before the decider decides the command, the incident loaded.
   *
   * @param command the command
   */
  default void deciding(IncidentCommand command) {}

  /**
   * After the decider decided the command, accepted or refused, before the append.
   *
   * @param command the command
   * @param decision what the decider said
   */
  default void decided(IncidentCommand command, Decision decision) {}

  /**
   * After an accepted decision could not be appended because another writer appended first.
   *
   * @param command the command
   * @param conflict what the other writer did
   */
  default void conflicted(IncidentCommand command, Conflict conflict) {}

  /**
   * Once the handler is done with the command.
   *
   * @param command the command
   * @param handled what became of it: stored, refused, or not stored after its attempts
   */
  default void handled(IncidentCommand command, Handled handled) {}

  /** @return the listener that does nothing: a handler's default */
  static DecisionListener none() {
    return None.INSTANCE;
  }

  /** The listener that does nothing. */
  enum None implements DecisionListener {
    /** The only instance. */
    INSTANCE
  }
}
