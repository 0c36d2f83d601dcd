package dev.mim.core.comms;

import dev.mim.core.internal.Checks;
import java.time.Instant;

/**
 * The content of an update sent to an audience of stakeholders. It is recorded with the
 * {@code RecordStakeholderUpdate} action; the time it was sent is the command's time.
 *
 * <p>Updates to an {@linkplain Audience#external() external} audience must not carry internal-only fields
 * (internal notes, resolver hypotheses): building one that does is refused.
 *
 * @param audience who is informed
 * @param summary what they are told
 * @param currentImpact the impact on the business as it stands, in words; optional (null)
 * @param workaroundAvailable whether a workaround is available to them
 * @param nextUpdateAt when they will hear next, as promised; optional (null)
 * @param internalNotes notes for internal audiences only; optional (null)
 * @param resolverHypotheses the resolver groups' working theories, for internal audiences only; optional (null)
 * @param report the regulatory report this update is, for example {@code "dora:initial-notification"} (see
 *     {@link RegulatoryRegime}); optional (null)
 */
public record StakeholderUpdate(Audience audience, String summary, String currentImpact,
    boolean workaroundAvailable, Instant nextUpdateAt, String internalNotes, String resolverHypotheses,
    String report) {

  /**
   * Creates the update.
   *
   * @throws IllegalArgumentException when the audience or summary is missing, a text is blank or too long, or an
   *     external audience would receive internal notes or resolver hypotheses
   */
  public StakeholderUpdate {
    Checks.notNull("audience", audience);
    Checks.text("summary", summary);
    Checks.optionalText("currentImpact", currentImpact);
    Checks.optionalText("internalNotes", internalNotes);
    Checks.optionalText("resolverHypotheses", resolverHypotheses);
    Checks.optionalId("report", report);
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

  /**
   * This update marked as the regulatory report {@code reportId}.
   *
   * @param reportId the report, for example {@link RegulatoryRegime#DORA_INITIAL}
   * @return a copy naming the report
   * @throws IllegalArgumentException when {@code reportId} is blank or too long
   */
  public StakeholderUpdate asReport(String reportId) {
    return new StakeholderUpdate(audience, summary, currentImpact, workaroundAvailable, nextUpdateAt, internalNotes,
        resolverHypotheses, Checks.id("report", reportId));
  }

  private static void internalOnly(String field, String value, Audience audience) {
    if (value != null) {
      throw new IllegalArgumentException(field + " must be empty in an update to external audience " + audience
          + ", was '" + Checks.show(value) + "'");
    }
  }
}
