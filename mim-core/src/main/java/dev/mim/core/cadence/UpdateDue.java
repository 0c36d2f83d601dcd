package dev.mim.core.cadence;

import org.jspecify.annotations.Nullable;
import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * An update an audience is owed.
 *
 * @param audience who is owed it
 * @param kind what it is
 * @param dueAt when it is due
 * @param overdue whether the instant asked about is after {@code dueAt}
 * @param report the regulatory report's id, for {@link DueKind#REGULATORY_REPORT}; null otherwise
 * @param legalBasis the articles requiring the report, for {@link DueKind#REGULATORY_REPORT}; null otherwise
 */
public record UpdateDue(Audience audience, DueKind kind, Instant dueAt, boolean overdue, @Nullable String report,
    @Nullable String legalBasis) {

  /** @throws IllegalArgumentException when a required field is null */
  public UpdateDue {
    Checks.notNull("audience", audience);
    Checks.notNull("kind", kind);
    Checks.notNull("dueAt", dueAt);
  }

  /** @return since when it is overdue: {@code dueAt} when overdue, null otherwise */
  public @Nullable Instant overdueSince() {
    return overdue ? dueAt : null;
  }

  /**
   * @param at the instant asked about
   * @return how long it has been overdue at {@code at}; zero when not overdue
   */
  public Duration overdueBy(Instant at) {
    return at.isAfter(dueAt) ? Duration.between(dueAt, at) : Duration.ZERO;
  }
}
