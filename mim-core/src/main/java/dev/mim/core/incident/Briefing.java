package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * What an outgoing Major Incident Manager tells the incoming one at a hand-over: where things stand, the
 * hypotheses still open and those ruled out, and for each audience what it was last told and when it is owed the
 * next update. The decider checks the content, not only its presence: a current status, and every audience updated
 * so far (see {@link Communications}) accounted for.
 *
 * <p>Build one with {@link #builder()} or {@link #of(String)}. In JSON a briefing is an object; a plain text (as
 * events of schema version 1 stored it) reads as a briefing with that current status.
 *
 * @param currentStatus where things stand, in a few sentences
 * @param openHypotheses the working theories still open
 * @param ruledOutHypotheses the theories ruled out
 * @param audiences what each audience was last told, and when it is owed the next update
 */
@ValueStyle
@Value.Builder
public record Briefing(@Nullable String currentStatus, List<String> openHypotheses, List<String> ruledOutHypotheses,
    List<AudienceBrief> audiences) implements WithBriefing {

  /**
   * Creates the briefing.
   *
   * @throws IllegalArgumentException when the current status is too long, a list is null or holds null, or a
   *     hypothesis is blank or too long; a blank current status counts as not given
   */
  public Briefing {
    currentStatus = Checks.optionalText("currentStatus", currentStatus);
    openHypotheses = Checks.texts("openHypotheses", openHypotheses);
    ruledOutHypotheses = Checks.texts("ruledOutHypotheses", ruledOutHypotheses);
    audiences = List.copyOf(Checks.noNulls("audiences", audiences));
  }

  /**
   * A briefing with a current status only.
   *
   * @param currentStatus where things stand
   * @return the briefing
   * @throws IllegalArgumentException when the text is too long
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Briefing of(String currentStatus) {
    return new Briefing(currentStatus, List.of(), List.of(), List.of());
  }

  /** @return a new builder, all parts optional */
  public static BriefingBuilder builder() {
    return new BriefingBuilder();
  }

  /**
   * @param audience an audience
   * @return true when the briefing says what that audience was last told
   */
  public boolean covers(Audience audience) {
    for (AudienceBrief a : audiences) {
      if (a.audience().equals(audience)) {
        return true;
      }
    }
    return false;
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  private static Briefing fromJson(@JsonProperty("currentStatus") String currentStatus,
      @JsonProperty("openHypotheses") List<String> openHypotheses,
      @JsonProperty("ruledOutHypotheses") List<String> ruledOutHypotheses,
      @JsonProperty("audiences") List<AudienceBrief> audiences) {
    return new Briefing(currentStatus, openHypotheses == null ? List.of() : openHypotheses,
        ruledOutHypotheses == null ? List.of() : ruledOutHypotheses, audiences == null ? List.of() : audiences);
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("Briefing", name);
  }

  /**
   * What one audience was last told, and when it is owed the next update.
   *
   * @param audience the audience
   * @param lastTold the gist of the last update it was sent
   * @param nextDue when its next update is due, within {@link TimeRange}; null when none is owed
   */
  public record AudienceBrief(Audience audience, String lastTold, @Nullable Instant nextDue) {
    /**
     * @throws IllegalArgumentException when the audience or text is missing, the text too long, or the next due
     *     time outside {@link TimeRange}
     */
    public AudienceBrief {
      Checks.notNull("audience", audience);
      Checks.text("lastTold", lastTold);
      Checks.optionalInstant("nextDue", nextDue);
    }

    @JsonCreator
    private static AudienceBrief fromJson(@JsonProperty("audience") Audience audience,
        @JsonProperty("lastTold") String lastTold, @JsonProperty("nextDue") String nextDue) {
      return new AudienceBrief(audience, lastTold, Checks.parseInstant("nextDue", nextDue));
    }

    @JsonAnySetter
    private void unknownProperty(String name, Object value) {
      Checks.unknownProperty("AudienceBrief", name);
    }
  }
}
