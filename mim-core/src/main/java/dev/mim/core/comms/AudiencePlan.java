package dev.mim.core.comms;

import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How one audience is kept informed at one priority.
 *
 * @param audience the audience
 * @param firstNoticeWithin how soon after declaration the first notice is due; also how soon the final notices
 *     are due after restoration, closure or downgrade
 * @param updateEvery how long after each update the next is due; at least {@code firstNoticeWithin}, so that
 *     sending early never brings the next deadline forward
 * @param businessHoursOnly whether the audience is updated only in business hours: a notice falling due outside
 *     them is due at the next working time
 * @param finalNoticeOnRestore whether the audience gets a notice when service is restored (periodic updates then
 *     stop)
 * @param finalNoticeOnClose whether the audience gets a notice when the incident closes
 */
@ValueStyle
@Value.Builder
public record AudiencePlan(Audience audience, Duration firstNoticeWithin, Duration updateEvery,
    boolean businessHoursOnly, boolean finalNoticeOnRestore, boolean finalNoticeOnClose)
    implements WithAudiencePlan {

  /** The longest first-notice delay or update interval a plan may have: 366 days. */
  public static final Duration MAX_INTERVAL = Duration.ofDays(366);

  /**
   * Creates the plan.
   *
   * @throws IllegalArgumentException when a field is null, a duration is not positive or longer than
   *     {@link #MAX_INTERVAL}, or {@code updateEvery} is shorter than {@code firstNoticeWithin}
   */
  public AudiencePlan {
    Checks.notNull("audience", audience);
    Checks.atMost("firstNoticeWithin", Checks.positive("firstNoticeWithin", firstNoticeWithin), MAX_INTERVAL);
    Checks.atMost("updateEvery", Checks.positive("updateEvery", updateEvery), MAX_INTERVAL);
    if (updateEvery.compareTo(firstNoticeWithin) < 0) {
      throw new IllegalArgumentException("updateEvery must not be shorter than firstNoticeWithin ("
          + firstNoticeWithin + "), was " + updateEvery);
    }
  }

  /**
   * A round-the-clock plan with final notices on restoration and closure.
   *
   * @param audience the audience
   * @param firstNoticeWithin how soon the first notice is due
   * @param updateEvery the interval of the following updates
   * @return the plan
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static AudiencePlan of(Audience audience, Duration firstNoticeWithin, Duration updateEvery) {
    return new AudiencePlan(audience, firstNoticeWithin, updateEvery, false, true, true);
  }

  /** @return a copy updated only in business hours */
  public AudiencePlan inBusinessHoursOnly() {
    return withBusinessHoursOnly(true);
  }

  /**
   * A builder of a plan; audience and both durations are required, the flags default to false.
   *
   * @return a new builder
   */
  public static AudiencePlanBuilder builder() {
    return new AudiencePlanBuilder();
  }
}
