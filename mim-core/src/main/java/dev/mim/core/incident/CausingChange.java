package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;

/**
 * A change linked as the cause of an incident, suspected or confirmed: the input of the change failure rate and
 * the failed-change recovery time ({@code dev.mim.core.metrics.ChangeStability}).
 *
 * @param change the change, in the host's change-management system
 * @param confirmed whether the cause is confirmed (by diagnosis or review) rather than suspected
 */
public record CausingChange(ChangeRef change, @JsonProperty(required = true) boolean confirmed)
    implements Comparable<CausingChange> {

  /** @throws IllegalArgumentException when {@code change} is null */
  public CausingChange {
    Checks.notNull("change", change);
  }

  /** Orders by change. */
  @Override
  public int compareTo(CausingChange other) {
    return change.compareTo(other.change);
  }
}
