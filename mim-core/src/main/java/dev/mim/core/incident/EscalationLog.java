package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the incident's history says about escalation: the highest level sent for each condition, and when
 * escalations were held. The escalation clocks read it; it grows with the holds, never with the time asked about.
 *
 * @param sent for each condition, the highest level sent and the moment its clock counted from then (a level sent
 *     for an earlier occurrence of the condition, before a hand-over for example, does not count)
 * @param holds the periods during which escalations were held, oldest first; the last may be open
 */
public record EscalationLog(Map<EscalationCondition, Sent> sent, List<Hold> holds) {

  static final EscalationLog NONE = new EscalationLog(Map.of(), List.of());

  /** The most holds an incident may record. */
  public static final int MAX_HOLDS = 100;

  /** @throws IllegalArgumentException when a field is null */
  public EscalationLog {
    Checks.notNull("sent", sent);
    Checks.noNulls("holds", holds);
  }

  /**
   * @param condition a condition
   * @param anchor the moment its clock counts from now
   * @return the highest level sent for it since {@code anchor}; 0 when none
   */
  public int levelSent(EscalationCondition condition, Instant anchor) {
    Sent s = sent.get(condition);
    return s != null && s.anchor().equals(anchor) ? s.level() : 0;
  }

  /** @return true while escalations are held */
  public boolean held() {
    return !holds.isEmpty() && holds.get(holds.size() - 1).until() == null;
  }

  /**
   * @param condition the condition escalated
   * @param level the level sent
   * @param anchor the moment its clock counts from
   * @return a copy recording it
   */
  public EscalationLog withSent(EscalationCondition condition, int level, Instant anchor) {
    Map<EscalationCondition, Sent> copy = new EnumMap<>(EscalationCondition.class);
    copy.putAll(sent);
    copy.put(condition, new Sent(level, anchor));
    return new EscalationLog(Collections.unmodifiableMap(copy), holds);
  }

  /**
   * @param at when escalations were held
   * @return a copy with an open hold from then
   */
  public EscalationLog heldFrom(Instant at) {
    List<Hold> copy = new ArrayList<>(holds);
    copy.add(new Hold(at, null));
    return new EscalationLog(sent, Collections.unmodifiableList(copy));
  }

  /**
   * @param at when escalations resumed
   * @return a copy with the open hold closed then
   */
  public EscalationLog resumedAt(Instant at) {
    List<Hold> copy = new ArrayList<>(holds);
    copy.set(copy.size() - 1, new Hold(holds.get(holds.size() - 1).from(), at));
    return new EscalationLog(sent, Collections.unmodifiableList(copy));
  }

  /**
   * The highest level sent for a condition.
   *
   * @param level the level
   * @param anchor the moment the condition's clock counted from when it was sent
   */
  public record Sent(int level, Instant anchor) {
    /** @throws IllegalArgumentException when the level is below 1 or the anchor null */
    public Sent {
      Checks.between("level", level, 1, Integer.MAX_VALUE);
      Checks.notNull("anchor", anchor);
    }
  }

  /**
   * A period during which escalations were held.
   *
   * @param from when it started
   * @param until when it ended; null while it lasts
   */
  public record Hold(Instant from, @Nullable Instant until) {
    /** @throws IllegalArgumentException when {@code from} is null or {@code until} precedes it */
    public Hold {
      Checks.notNull("from", from);
      if (until != null && until.isBefore(from)) {
        throw new IllegalArgumentException("until must not be before from (" + from + "), was " + until);
      }
    }
  }
}
