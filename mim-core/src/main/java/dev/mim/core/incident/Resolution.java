package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the incident is being resolved and whether service is restored.
 *
 * @param plan the resolution plan; null before resolution starts
 * @param change the change implementing the plan; null before resolution starts
 * @param emergencyChange whether that change is an emergency change
 * @param startedAt when resolution started; null before
 * @param workaround the workaround in place since the last restoration attempt; null when none
 * @param fixChange the change of the permanent fix applied since the last restoration attempt; null when none
 * @param restoredAt when service was last restored; null while not restored
 * @param means how service was last restored; null while not restored
 * @param reopenCount how many times the incident was reopened after restoration
 * @param reopenedAt when it was last reopened; null if never
 * @param causes the changes linked as the incident's cause, each once, ordered by change; an absent list (from a
 *     snapshot written before causes were kept) reads as none
 */
public record Resolution(@Nullable String plan, @Nullable ChangeRef change, boolean emergencyChange,
    @Nullable Instant startedAt,
    @Nullable String workaround, @Nullable ChangeRef fixChange, @Nullable Instant restoredAt,
        @Nullable RestorationMeans means, int reopenCount,
    @Nullable Instant reopenedAt, List<CausingChange> causes) {

  static final Resolution NONE = new Resolution(null, null, false, null, null, null, null, null, 0, null, List.of());

  /** @throws IllegalArgumentException when {@code causes} holds null or names a change twice */
  public Resolution {
    if (causes == null) {
      causes = List.of();
    } else {
      Checks.noNulls("causes", causes);
      List<CausingChange> sorted = new ArrayList<>(causes);
      sorted.sort(null);
      for (int i = 1; i < sorted.size(); i++) {
        if (sorted.get(i).change().equals(sorted.get(i - 1).change())) {
          throw new IllegalArgumentException("causes must name each change once, found " + sorted.get(i).change()
              + " twice");
        }
      }
      causes = List.copyOf(sorted);
    }
  }

  /**
   * @param change a change
   * @return how it is linked as a cause, if it is
   */
  public Optional<CausingChange> cause(ChangeRef change) {
    for (CausingChange c : causes) {
      if (c.change().equals(change)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * @param cause a change linked as the cause, or linked again once confirmed
   * @return a copy with it in place of any earlier link of the same change
   */
  public Resolution withCause(CausingChange cause) {
    List<CausingChange> more = new ArrayList<>(causes.size() + 1);
    for (CausingChange c : causes) {
      if (!c.change().equals(cause.change())) {
        more.add(c);
      }
    }
    more.add(cause);
    return new Resolution(plan, change, emergencyChange, startedAt, workaround, fixChange, restoredAt, means,
        reopenCount, reopenedAt, more);
  }

  /** @return true when a workaround or a permanent fix is in place, as restoration requires */
  public boolean hasRestorationMeans() {
    return workaround != null || fixChange != null;
  }

  /**
   * @param newPlan the resolution plan
   * @param newChange the change implementing it
   * @param emergency whether that is an emergency change
   * @param at when resolution started
   * @return a copy with resolution started
   */
  public Resolution started(String newPlan, ChangeRef newChange, boolean emergency, Instant at) {
    return new Resolution(newPlan, newChange, emergency, at, workaround, fixChange, restoredAt, means, reopenCount,
        reopenedAt, causes);
  }

  /**
   * @param description the workaround now in place
   * @return a copy with it
   */
  public Resolution withWorkaround(String description) {
    return new Resolution(plan, change, emergencyChange, startedAt, description, fixChange, restoredAt, means,
        reopenCount, reopenedAt, causes);
  }

  /**
   * @param fix the change of the permanent fix now in place
   * @return a copy with it
   */
  public Resolution withFix(ChangeRef fix) {
    return new Resolution(plan, change, emergencyChange, startedAt, workaround, fix, restoredAt, means,
        reopenCount, reopenedAt, causes);
  }

  /**
   * @param at when service was restored
   * @param how by which means
   * @return a copy restored then
   */
  public Resolution restored(Instant at, RestorationMeans how) {
    return new Resolution(plan, change, emergencyChange, startedAt, workaround, fixChange, at, how, reopenCount,
        reopenedAt, causes);
  }

  /**
   * A reopen means the workaround or fix did not hold: restoring again needs a new one, so both are cleared.
   *
   * @param at when the incident was reopened
   * @return a copy reopened then, its reopen count one higher
   */
  public Resolution reopened(Instant at) {
    return new Resolution(plan, change, emergencyChange, startedAt, null, null, null, null, reopenCount + 1, at,
        causes);
  }
}
