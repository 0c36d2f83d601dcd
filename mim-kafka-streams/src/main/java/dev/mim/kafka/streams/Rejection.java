package dev.mim.kafka.streams;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * What the rejections topic carries for a command that changed nothing: refused by the decider, not readable as a
 * command at all, or for an incident whose stored events cannot be read. JSON: {@code {"tenant":"acme","incidentId":"MI-1","incidentVersion":3,"command":{...},
 * "refusals":[{"code":"version-conflict","field":"expectedVersion","message":"..."}]}}.
 *
 * @param tenant the command's tenant; null when the command could not be read
 * @param incidentId the command's incident; null when the command could not be read
 * @param incidentVersion the incident's version when the command was refused (0 when unknown)
 * @param command the command as received (its JSON text)
 * @param refusals why, at least one
 */
public record Rejection(@Nullable String tenant, @Nullable String incidentId, long incidentVersion, String command,
    List<Refusal> refusals) {

  /** Code of a command that is not a well-formed command. */
  public static final String MALFORMED_COMMAND = "malformed-command";

  /** Code of a command whose record key is not its incident's key ({@link IncidentTopology#key}). */
  public static final String WRONG_KEY = "wrong-key";

  /**
   * Code of a command whose incident's stored events cannot be read or replayed (the store entry is damaged, or
   * was written by a newer mim): the command is not decided, the entry is left as it is for an operator to look
   * at, and the topology goes on with the other incidents.
   */
  public static final String STORED_INCIDENT_UNREADABLE = "stored-incident-unreadable";

  /**
   * One reason.
   *
   * @param code a stable code: one of mim's {@link dev.mim.core.lifecycle.ViolationCode ViolationCode}s, or
   *     {@link #MALFORMED_COMMAND},
   *     {@link #WRONG_KEY} or {@link #STORED_INCIDENT_UNREADABLE}
   * @param field the field it is about, or null
   * @param message the reason in words
   */
  public record Refusal(String code, @Nullable String field, String message) {}

  /** @throws IllegalArgumentException when there is no refusal */
  public Rejection {
    refusals = List.copyOf(refusals);
    if (refusals.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one refusal, had none for " + command);
    }
  }
}
