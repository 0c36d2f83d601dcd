package dev.mim.core.comms;

import org.jspecify.annotations.Nullable;
import dev.mim.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.List;

/**
 * A regulation's reporting clock: the reports owed to a regulator once an incident is major, each with its
 * deadlines and legal basis. Each report is a due item for the regime's audience; an update recorded with
 * {@link StakeholderUpdate#report()} set to the report's id fulfils it.
 *
 * <p>The presets {@link #dora()} and {@link #nis2()} encode the deadlines as the regulations state them; whether
 * a regime applies to an incident, and the content of the reports, stay the host's to judge.
 *
 * @param name the regime's name, for example {@code "DORA"}
 * @param audience who receives the reports, usually {@link Audience#REGULATOR}
 * @param reports the reports, in the order they are normally sent
 */
public record RegulatoryRegime(String name, Audience audience, List<Report> reports) {

  /** DORA's initial notification. */
  public static final String DORA_INITIAL = "dora:initial-notification";
  /** DORA's intermediate report. */
  public static final String DORA_INTERMEDIATE = "dora:intermediate-report";
  /** DORA's final report. */
  public static final String DORA_FINAL = "dora:final-report";
  /** NIS2's early warning. */
  public static final String NIS2_EARLY_WARNING = "nis2:early-warning";
  /** NIS2's incident notification. */
  public static final String NIS2_NOTIFICATION = "nis2:incident-notification";
  /** NIS2's final report. */
  public static final String NIS2_FINAL = "nis2:final-report";

  private static final String DORA_BASIS =
      "Regulation (EU) 2022/2554 (DORA) Art. 19; Commission Delegated Regulation (EU) 2025/301 Art. 6";
  private static final String NIS2_BASIS = "Directive (EU) 2022/2555 (NIS2) Art. 23";

  /** @throws IllegalArgumentException when a field is null or blank, or a report id repeats */
  public RegulatoryRegime {
    Checks.id("name", name);
    Checks.notNull("audience", audience);
    reports = List.copyOf(Checks.notEmpty("reports", reports));
    for (int i = 0; i < reports.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (reports.get(i).id().equals(reports.get(j).id())) {
          throw new IllegalArgumentException("reports must have distinct ids, found " + reports.get(i).id() + " twice");
        }
      }
    }
  }

  /**
   * EU DORA, for a major ICT-related incident at a financial entity: the initial notification within 4 hours of
   * classifying the incident as major (here: its declaration) and no later than 24 hours after becoming aware of
   * it (here: its identification); an intermediate report within 72 hours of the initial notification; a final
   * report within one month of the latest intermediate report.
   *
   * @return the regime, reporting to {@link Audience#REGULATOR}
   */
  public static RegulatoryRegime dora() {
    return new RegulatoryRegime("DORA", Audience.REGULATOR, List.of(
        new Report(DORA_INITIAL, "initial notification", List.of(
            new Deadline(Anchor.CLASSIFIED_MAJOR, null, Duration.ofHours(4)),
            new Deadline(Anchor.BECAME_AWARE, null, Duration.ofHours(24))), DORA_BASIS),
        new Report(DORA_INTERMEDIATE, "intermediate report", List.of(
            new Deadline(Anchor.REPORT_SENT, DORA_INITIAL, Duration.ofHours(72))), DORA_BASIS),
        new Report(DORA_FINAL, "final report", List.of(
            new Deadline(Anchor.REPORT_SENT, DORA_INTERMEDIATE, Period.ofMonths(1))), DORA_BASIS)));
  }

  /**
   * EU NIS2, for a significant incident at an essential or important entity: an early warning within 24 hours of
   * becoming aware of it (here: its identification), an incident notification within 72 hours of becoming aware,
   * and a final report within one month of the incident notification.
   *
   * @return the regime, reporting to {@link Audience#REGULATOR}
   */
  public static RegulatoryRegime nis2() {
    return new RegulatoryRegime("NIS2", Audience.REGULATOR, List.of(
        new Report(NIS2_EARLY_WARNING, "early warning", List.of(
            new Deadline(Anchor.BECAME_AWARE, null, Duration.ofHours(24))), NIS2_BASIS),
        new Report(NIS2_NOTIFICATION, "incident notification", List.of(
            new Deadline(Anchor.BECAME_AWARE, null, Duration.ofHours(72))), NIS2_BASIS),
        new Report(NIS2_FINAL, "final report", List.of(
            new Deadline(Anchor.REPORT_SENT, NIS2_NOTIFICATION, Period.ofMonths(1))), NIS2_BASIS)));
  }

  /**
   * One report owed to the regulator.
   *
   * @param id stable id, which updates name in {@link StakeholderUpdate#report()}
   * @param title what the regulation calls it
   * @param deadlines when it is due: the earliest of those whose anchor has happened
   * @param legalBasis the articles that require it
   */
  public record Report(String id, String title, List<Deadline> deadlines, String legalBasis) {
    /** @throws IllegalArgumentException when a field is null or blank */
    public Report {
      Checks.id("id", id);
      Checks.text("title", title);
      deadlines = List.copyOf(Checks.notEmpty("deadlines", deadlines));
      Checks.text("legalBasis", legalBasis);
    }
  }

  /** What a deadline counts from. */
  public enum Anchor {
    /** The time the organisation became aware of the incident: its identification. */
    BECAME_AWARE,
    /** The time the incident was classified as major: its declaration. */
    CLASSIFIED_MAJOR,
    /** The time the latest update carrying another report was sent. */
    REPORT_SENT
  }

  /**
   * One deadline of a report.
   *
   * @param anchor what it counts from
   * @param afterReport the report whose sending starts it, for {@link Anchor#REPORT_SENT}; null otherwise
   * @param within how long after the anchor: a {@link Duration} or a {@link Period} (months count in UTC)
   */
  public record Deadline(Anchor anchor, @Nullable String afterReport, TemporalAmount within) {
    /**
     * @throws IllegalArgumentException when a field is missing, {@code within} is not a Duration or Period from zero
     *     to ten years, or {@code afterReport} does not fit the anchor
     */
    public Deadline {
      Checks.notNull("anchor", anchor);
      Checks.notNull("within", within);
      boolean bounded = within instanceof Duration d ? !d.isNegative() && d.compareTo(Duration.ofDays(3660)) <= 0
          : within instanceof Period p && !p.isNegative() && p.toTotalMonths() <= 120 && p.getDays() <= 3660;
      if (!bounded) {
        throw new IllegalArgumentException("within must be a Duration or Period from zero to ten years, was "
            + within);
      }
      if ((anchor == Anchor.REPORT_SENT) != (afterReport != null)) {
        throw new IllegalArgumentException("afterReport must be given exactly when anchor is REPORT_SENT, was "
            + afterReport + " with " + anchor);
      }
    }

    /**
     * @param from the anchor's time
     * @return the deadline's time
     */
    public Instant after(Instant from) {
      return from.atZone(ZoneOffset.UTC).plus(within).toInstant();
    }
  }
}
