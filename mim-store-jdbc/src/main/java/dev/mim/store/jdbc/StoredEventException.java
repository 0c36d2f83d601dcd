package dev.mim.store.jdbc;

/**
 * A stored event that cannot be read back: written by a newer mim (an unknown schema version), not a well-formed
 * event, not the row's event, or not part of a history the decider could have made. The message names the tenant,
 * the incident and the event's sequence or position.
 */
public final class StoredEventException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StoredEventException(String message) {
    super(message);
  }

  StoredEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
