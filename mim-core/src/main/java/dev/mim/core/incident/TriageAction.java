package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Triage's outcomes beside declaring and downgrading: a candidate declined as not an incident, an incident marked a
 * duplicate of another, and the original taking the duplicate in. Part of identification; each is decided by
 * {@code lifecycle/TriageRules}.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = TriageAction.Decline.class, name = "Decline"),
    @JsonSubTypes.Type(value = TriageAction.MarkDuplicate.class, name = "MarkDuplicate"),
    @JsonSubTypes.Type(value = TriageAction.MergeDuplicate.class, name = "MergeDuplicate"),
})
public sealed interface TriageAction extends Action {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Action.Visitor<C, R> visitor, C context) {
    return visitor.triage(this, context);
  }

  /**
   * Calls the method of {@code visitor} for this action.
   *
   * @param visitor handles each action of this group
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each action of this group in its own method, so that an implementation fails to compile until it
   * handles a new one.
   *
   * @param <C> what the visitor is given beside the action
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R decline(Decline action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R markDuplicate(MarkDuplicate action, C context);

    /**
     * @param action the action
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R mergeDuplicate(MergeDuplicate action, C context);
  }

  /**
   * Decline a candidate as not an incident at all (a test, a planned change, a misreport), as triage does. Unlike a
   * downgrade, which hands a real incident to the normal process, a declined candidate was never an incident: it is
   * kept out of the metrics' aggregates. Allowed only on a candidate. Terminal.
   *
   * @param reason why; required ({@code reason-missing})
   */
  record Decline(@Nullable String reason) implements TriageAction {
    /** @throws IllegalArgumentException when the reason is too long */
    public Decline {
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.DECLINE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.decline(this, context);
    }
  }

  /**
   * Mark this incident a duplicate of another (the original), which carries on. Allowed on a candidate and on a live
   * major incident before restoration. Terminal: the duplicate is kept out of the metrics' aggregates. The original
   * is told by {@link MergeDuplicate}, for which {@link MergeDuplicate#of(IncidentState)} builds the action from
   * the duplicate's state.
   *
   * @param original the incident this one duplicates; not this one ({@code duplicate-of-self})
   * @param reason why; required ({@code reason-missing})
   */
  record MarkDuplicate(IncidentId original, @Nullable String reason) implements TriageAction {
    /** @throws IllegalArgumentException when {@code original} is null or the reason is too long */
    public MarkDuplicate {
      Checks.notNull("original", original);
      reason = Checks.optionalText("reason", reason);
    }

    @Override
    public ActionKind kind() {
      return ActionKind.MARK_DUPLICATE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.markDuplicate(this, context);
    }
  }

  /**
   * Merge a duplicate into this incident, its original: the duplicate becomes a child, its children move here,
   * and its first signal counts as this incident's when it came earlier. The other side of {@link MarkDuplicate}.
   * Allowed while this incident is open.
   *
   * @param duplicate the duplicate; not this incident ({@code duplicate-of-self}) nor a child already
   *     ({@code child-already-linked})
   * @param children the duplicate's children, which move here; none already linked ({@code child-already-linked});
   *     at most {@value #MAX_MOVED_CHILDREN}
   * @param firstSignalAt when the duplicate's first signal came
   */
  record MergeDuplicate(IncidentId duplicate, Set<IncidentId> children, Instant firstSignalAt)
      implements TriageAction {

    /** The most children a merge may move at once: 1,000. */
    public static final int MAX_MOVED_CHILDREN = 1_000;

    /**
     * @throws IllegalArgumentException when a value is null, {@code children} holds null or more than
     *     {@value #MAX_MOVED_CHILDREN} ids, or the instant is out of range
     */
    public MergeDuplicate {
      Checks.notNull("duplicate", duplicate);
      children = IncidentChecks.movedChildren(duplicate, children, MAX_MOVED_CHILDREN);
      Checks.instant("firstSignalAt", firstSignalAt);
    }

    @JsonCreator
    private static MergeDuplicate fromJson(@JsonProperty("duplicate") IncidentId duplicate,
        @JsonProperty("children") Set<IncidentId> children, @JsonProperty("firstSignalAt") String firstSignalAt) {
      return new MergeDuplicate(duplicate, children, Checks.parseInstant("firstSignalAt", firstSignalAt));
    }

    /**
     * The merge that tells the original about {@code duplicate}: its id, its children and its first signal.
     *
     * @param duplicate the duplicate's state, marked a duplicate or about to be
     * @return the action to send to the original
     * @throws IllegalArgumentException when {@code duplicate} is null or was never identified
     */
    public static MergeDuplicate of(IncidentState duplicate) {
      Checks.notNull("duplicate", duplicate);
      Classification c = duplicate.classification();
      if (duplicate.id() == null || c == null) {
        throw new IllegalArgumentException("duplicate must be an identified incident, was " + duplicate.status());
      }
      return new MergeDuplicate(duplicate.id(), new TreeSet<>(duplicate.children().toList()), c.firstSignalAt());
    }

    @Override
    public ActionKind kind() {
      return ActionKind.MERGE_DUPLICATE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.mergeDuplicate(this, context);
    }
  }
}
