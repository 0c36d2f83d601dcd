package dev.mim.core.comms;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The content of an update sent to an audience of stakeholders. It is recorded with the
 * {@code RecordStakeholderUpdate} action; the time it was sent is the command's time.
 *
 * <p>Build one with {@link #of} or, for the optional parts, {@link #builder()}; {@code with*} methods give
 * changed copies. Updates to an {@linkplain Audience#external() external} audience must not carry internal-only
 * fields (internal notes, resolver hypotheses): building one that does is refused.
 *
 * @param audience who is informed
 * @param summary what they are told; required by the practice: the decider refuses an update without it
 *     ({@code summary-missing})
 * @param currentImpact the impact on the business as it stands, in words; optional (null)
 * @param workaroundAvailable whether a workaround is available to them
 * @param nextUpdateAt when they will hear next, as promised; optional (null); within the instants mim accepts
 * @param internalNotes notes for internal audiences only; optional (null)
 * @param resolverHypotheses the resolver groups' working theories, for internal audiences only; optional (null)
 * @param report the regulatory report this update is, for example {@code "dora:initial-notification"} (see
 *     {@link RegulatoryRegime}); optional (null)
 */
@ValueStyle
@Value.Builder
public record StakeholderUpdate(Audience audience, @Nullable String summary, @Nullable String currentImpact,
    boolean workaroundAvailable, @Nullable Instant nextUpdateAt, @Nullable String internalNotes,
        @Nullable String resolverHypotheses,
    @Nullable String report) implements WithStakeholderUpdate {

  /**
   * Creates the update. Blank texts count as not given and are kept as null.
   *
   * @throws IllegalArgumentException when the audience is missing, a text is too long, the report id is blank, or
   *     an external audience would receive internal notes or resolver hypotheses
   */
  public StakeholderUpdate {
    Checks.notNull("audience", audience);
    summary = Checks.optionalText("summary", summary);
    currentImpact = Checks.optionalText("currentImpact", currentImpact);
    internalNotes = Checks.optionalText("internalNotes", internalNotes);
    resolverHypotheses = Checks.optionalText("resolverHypotheses", resolverHypotheses);
    Checks.optionalId("report", report);
    Checks.optionalInstant("nextUpdateAt", nextUpdateAt);
    if (audience.external()) {
      internalOnly("internalNotes", internalNotes, audience);
      internalOnly("resolverHypotheses", resolverHypotheses, audience);
    }
  }

  /**
   * An update with a summary only.
   *
   * @param audience who is informed
   * @param summary what they are told
   * @return the update
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static StakeholderUpdate of(Audience audience, String summary) {
    return new StakeholderUpdate(audience, summary, null, false, null, null, null, null);
  }

  /** Reads an update from JSON strictly: the flag must be given, the time an ISO-8601 text. */
  @JsonCreator
  private static StakeholderUpdate fromJson(@JsonProperty("audience") Audience audience,
      @JsonProperty("summary") String summary, @JsonProperty("currentImpact") String currentImpact,
      @JsonProperty("workaroundAvailable") Boolean workaroundAvailable,
      @JsonProperty("nextUpdateAt") String nextUpdateAt, @JsonProperty("internalNotes") String internalNotes,
      @JsonProperty("resolverHypotheses") String resolverHypotheses, @JsonProperty("report") String report) {
    return new StakeholderUpdate(audience, summary, currentImpact,
        Checks.notNull("workaroundAvailable", workaroundAvailable), Checks.parseInstant("nextUpdateAt", nextUpdateAt),
        internalNotes, resolverHypotheses, report);
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("StakeholderUpdate", name);
  }

  /**
   * A builder of an update; {@code audience} is required, everything else optional.
   *
   * @return a new builder
   */
  public static StakeholderUpdateBuilder builder() {
    return new StakeholderUpdateBuilder();
  }

  /**
   * This update marked as the regulatory report {@code reportId}.
   *
   * @param reportId the report, for example {@link RegulatoryRegime#DORA_INITIAL}
   * @return a copy naming the report
   * @throws IllegalArgumentException when {@code reportId} is blank or too long
   */
  public StakeholderUpdate asReport(String reportId) {
    return withReport(Checks.id("report", reportId));
  }

  private static void internalOnly(String field, String value, Audience audience) {
    if (value != null) {
      throw new IllegalArgumentException(field + " must be empty in an update to external audience " + audience
          + ", was '" + Checks.show(value) + "'");
    }
  }
}
