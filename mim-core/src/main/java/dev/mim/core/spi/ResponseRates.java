package dev.mim.core.spi;

import dev.mim.core.incident.TeamRole;
import dev.mim.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an hour of a responder's time costs, by role, in the host's currency: the Major Incident Manager's rate and
 * each team role's. The responders' effort on an incident ({@link dev.mim.core.metrics.ResponseCost}) is priced
 * with it; a role without a rate is listed as unpriced and adds nothing.
 *
 * @param manager the Major Incident Manager's hourly rate; null when not priced
 * @param members each team role's hourly rate; a role missing is not priced
 */
public record ResponseRates(@Nullable BigDecimal manager, Map<TeamRole, BigDecimal> members) {

  private static final ResponseRates NONE = new ResponseRates(null, Map.of());

  /** @throws IllegalArgumentException when {@code members} is null or holds null, or a rate is negative */
  public ResponseRates {
    if (manager != null) {
      notNegative("manager", manager);
    }
    Checks.notNull("members", members);
    Map<TeamRole, BigDecimal> copy = new EnumMap<>(TeamRole.class);
    members.forEach((role, rate) -> copy.put(Checks.notNull("members' role", role),
        notNegative("members." + role, rate)));
    members = Collections.unmodifiableMap(copy);
  }

  /** @return no rates: the responders' effort is measured and not priced (the default) */
  public static ResponseRates none() {
    return NONE;
  }

  /**
   * @param manager the Major Incident Manager's hourly rate
   * @param members each team role's hourly rate
   * @return the rates
   * @throws IllegalArgumentException as the constructor
   */
  public static ResponseRates of(BigDecimal manager, Map<TeamRole, BigDecimal> members) {
    return new ResponseRates(Checks.notNull("manager", manager), members);
  }

  /** @return the manager's hourly rate; empty when not priced */
  public Optional<BigDecimal> managerRate() {
    return Optional.ofNullable(manager);
  }

  /**
   * @param role a team role
   * @return its hourly rate; empty when not priced
   */
  public Optional<BigDecimal> rate(TeamRole role) {
    return Optional.ofNullable(members.get(role));
  }

  private static BigDecimal notNegative(String name, BigDecimal rate) {
    Checks.notNull(name, rate);
    if (rate.signum() < 0) {
      throw new IllegalArgumentException(name + " must not be negative, was " + rate);
    }
    return rate;
  }
}
