package dev.mim.kafka.streams;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * What the due topic carries: a stakeholder update or a regulatory report owed, or an escalation fallen due, found
 * by the stream-time sweep. The host sends it (or pages) and records that it did with a command.
 *
 * @param type {@link #COMMUNICATION} or {@link #ESCALATION}
 * @param tenant the incident's tenant
 * @param incidentId the incident
 * @param incidentVersion the incident's version the sweep read
 * @param dueAt when it fell due, ISO-8601
 * @param kind for a communication the {@code DueKind} (for example {@code FIRST_NOTICE}); for an escalation its
 *     condition (for example {@code MANAGER_UNACKNOWLEDGED})
 * @param audience for a communication the audience owed; null for an escalation
 * @param report for a regulatory report its id; null otherwise
 * @param level for an escalation its level (from 1); 0 for a communication
 * @param targets for an escalation who to page; empty for a communication
 * @param reason for an escalation why it fell due; null for a communication
 */
public record DueItem(String type, String tenant, String incidentId, long incidentVersion, String dueAt,
    String kind, @Nullable String audience, @Nullable String report, int level, List<String> targets,
        @Nullable String reason) {

  /** A stakeholder update or regulatory report owed. */
  public static final String COMMUNICATION = "communication";

  /** An escalation fallen due. */
  public static final String ESCALATION = "escalation";

  /** Copies the targets. */
  public DueItem {
    targets = List.copyOf(targets);
  }
}
