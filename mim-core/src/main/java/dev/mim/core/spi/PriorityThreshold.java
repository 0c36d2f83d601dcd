package dev.mim.core.spi;

import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import java.util.Collection;

/**
 * The thresholds of {@link MajorIncidentThreshold}'s factories: major at {@code worst} or more severe, or, when
 * {@code topTier} is above 0, at {@code worstOnTopTier} or more severe on a service of tier 1 to {@code topTier}.
 * A record, so that two thresholds made alike are equal and an advisory names it in words.
 */
record PriorityThreshold(Priority worst, int topTier, Priority worstOnTopTier) implements MajorIncidentThreshold {

  @Override
  public boolean isMajor(Priority priority, Collection<BusinessService> services) {
    if (priority.isAtLeast(worst)) {
      return true;
    }
    if (topTier == 0 || !priority.isAtLeast(worstOnTopTier)) {
      return false;
    }
    for (BusinessService s : services) {
      if (s.tier() <= topTier) {
        return true;
      }
    }
    return false;
  }

  /** @return the threshold in words: {@code P1, or P2 on a tier-1 service}, {@code P1 to P2} */
  @Override
  public String toString() {
    String any = worst.level() == 1 ? "P1" : "P1 to " + worst;
    if (topTier == 0) {
      return any;
    }
    return any + ", or " + worstOnTopTier + " on a " + (topTier == 1 ? "tier-1 service"
        : "service of tier 1 to " + topTier);
  }
}
