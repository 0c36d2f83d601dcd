package dev.mim.core.lifecycle;

import org.jspecify.annotations.Nullable;
import java.util.function.Supplier;

/**
 * Where a rule reports a breach. The decider collects breaches into a rejection; the fold of stored events throws
 * at the first one. Messages are given as suppliers: a rejection builds its text only when it is read, so that a
 * host refusing commands on its hot path pays for no text it does not show.
 */
interface Sink {

  /**
   * Reports a breach.
   *
   * @param code the stable reason
   * @param field the field at fault without its prefix (for example {@code "child"}), or null for the state as a
   *     whole
   * @param message what is wrong, naming the incident and the values; pure, read at most when shown
   */
  void refuse(ViolationCode code, @Nullable String field, Supplier<String> message);

  /**
   * Reports a breach about a part of the state rather than a field of the action or fact.
   *
   * @param code the stable reason
   * @param path the part at fault, for example {@code "review.actions.A2"}
   * @param message what is wrong, naming the incident and the values; pure, read at most when shown
   */
  void refuseAt(ViolationCode code, String path, Supplier<String> message);
}
