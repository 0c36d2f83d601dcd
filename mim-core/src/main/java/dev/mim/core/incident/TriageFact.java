package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.mim.core.internal.Checks;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The facts of triage's outcomes beside declaring and downgrading: a candidate declined, an incident marked a
 * duplicate, a duplicate merged into its original.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(value = TriageFact.CandidateDeclined.class, name = "CandidateDeclined"),
    @JsonSubTypes.Type(value = TriageFact.MarkedDuplicate.class, name = "MarkedDuplicate"),
    @JsonSubTypes.Type(value = TriageFact.DuplicateMerged.class, name = "DuplicateMerged"),
})
public sealed interface TriageFact extends Fact {

  @Override
  default <C extends @Nullable Object, R extends @Nullable Object> R accept(Fact.Visitor<C, R> visitor, C context) {
    return visitor.triage(this, context);
  }

  /**
   * Calls the method of {@code visitor} for this fact.
   *
   * @param visitor handles each fact of this group
   * @param context passed on to the visitor
   * @param <C> what the visitor is given
   * @param <R> what it returns
   * @return what the visitor returned
   */
  <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context);

  /**
   * Handles each fact of this group in its own method, so that an implementation fails to compile until it handles
   * a new one. mim's rules implement it; a host may too.
   *
   * @param <C> what the visitor is given beside the fact
   * @param <R> what it returns
   */
  interface Visitor<C extends @Nullable Object, R extends @Nullable Object> {
    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R candidateDeclined(CandidateDeclined fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R markedDuplicate(MarkedDuplicate fact, C context);

    /**
     * @param fact the fact
     * @param context what the caller passed
     * @return what the visitor makes of it
     */
    R duplicateMerged(DuplicateMerged fact, C context);
  }

  /**
   * The candidate was declined as not an incident.
   *
   * @param reason why
   */
  record CandidateDeclined(String reason) implements TriageFact {
    /** @throws IllegalArgumentException when the reason is null, blank or too long */
    public CandidateDeclined {
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.CANDIDATE_DECLINED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.candidateDeclined(this, context);
    }
  }

  /**
   * The incident was marked a duplicate of another, which carries on.
   *
   * @param original the incident it duplicates
   * @param from the status it left
   * @param reason why
   */
  record MarkedDuplicate(IncidentId original, IncidentStatus from, String reason) implements TriageFact {
    /** @throws IllegalArgumentException when a field is null, or the reason blank or too long */
    public MarkedDuplicate {
      Checks.notNull("original", original);
      Checks.notNull("from", from);
      Checks.text("reason", reason);
    }

    @Override
    public FactKind kind() {
      return FactKind.MARKED_DUPLICATE;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.markedDuplicate(this, context);
    }
  }

  /**
   * A duplicate was merged into this incident: it and its children became children here, and its first signal
   * counts here when it came earlier.
   *
   * @param duplicate the duplicate
   * @param children the duplicate's children, moved here
   * @param firstSignalAt when the duplicate's first signal came
   */
  record DuplicateMerged(IncidentId duplicate, Set<IncidentId> children, Instant firstSignalAt)
      implements TriageFact {
    /** @throws IllegalArgumentException when a value is null, a child null or too many, or the instant out of range */
    public DuplicateMerged {
      Checks.notNull("duplicate", duplicate);
      children = IncidentChecks.movedChildren(duplicate, children, TriageAction.MergeDuplicate.MAX_MOVED_CHILDREN);
      Checks.instant("firstSignalAt", firstSignalAt);
    }

    @JsonCreator
    private static DuplicateMerged fromJson(@JsonProperty("duplicate") IncidentId duplicate,
        @JsonProperty("children") Set<IncidentId> children, @JsonProperty("firstSignalAt") String firstSignalAt) {
      return new DuplicateMerged(duplicate, children, Checks.parseInstant("firstSignalAt", firstSignalAt));
    }

    @Override
    public FactKind kind() {
      return FactKind.DUPLICATE_MERGED;
    }

    @Override
    public <C extends @Nullable Object, R extends @Nullable Object> R accept(Visitor<C, R> visitor, C context) {
      return visitor.duplicateMerged(this, context);
    }
  }
}
