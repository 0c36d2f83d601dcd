package dev.mim.core.cadence;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.comms.CommunicationPlan;
import dev.mim.core.comms.RegulatoryRegime;
import dev.mim.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * What the communication schedule follows: the plan per priority and audience, the business calendar for
 * audiences updated only in business hours, and the regulatory regimes that apply. Immutable.
 */
public final class CommunicationPolicy {

  private static final CommunicationPolicy DEFAULTS = custom().build();

  private final CommunicationPlan plan;
  private final BusinessCalendar calendar;
  private final List<RegulatoryRegime> regimes;

  private CommunicationPolicy(Builder b) {
    this.plan = b.plan;
    this.calendar = b.calendar;
    this.regimes = List.copyOf(b.regimes);
  }

  /** @return the default plan ({@link CommunicationPlan#defaults()}), a 24/7 calendar and no regulatory regime */
  public static CommunicationPolicy ofDefaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * @param base the policy to start from
   * @return a builder holding its settings
   * @throws IllegalArgumentException when {@code base} is null
   */
  public static Builder from(CommunicationPolicy base) {
    Checks.notNull("base", base);
    Builder b = new Builder().plan(base.plan).calendar(base.calendar);
    b.regimes.addAll(base.regimes);
    return b;
  }

  /** @return the plan per priority and audience */
  public CommunicationPlan plan() {
    return plan;
  }

  /** @return the calendar for business-hours audiences */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /** @return the regulatory regimes that apply, in the order given */
  public List<RegulatoryRegime> regimes() {
    return regimes;
  }

  /** Builds a {@link CommunicationPolicy}. */
  public static final class Builder {
    private CommunicationPlan plan = CommunicationPlan.defaults();
    private BusinessCalendar calendar = BusinessCalendar.always();
    private final List<RegulatoryRegime> regimes = new ArrayList<>();

    private Builder() {}

    /**
     * @param communicationPlan the plan
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder plan(CommunicationPlan communicationPlan) {
      this.plan = Checks.notNull("plan", communicationPlan);
      return this;
    }

    /**
     * @param businessCalendar the calendar
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder calendar(BusinessCalendar businessCalendar) {
      this.calendar = Checks.notNull("calendar", businessCalendar);
      return this;
    }

    /**
     * Adds a regulatory regime, for example {@link RegulatoryRegime#dora()}.
     *
     * @param regime the regime
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder regime(RegulatoryRegime regime) {
      regimes.add(Checks.notNull("regime", regime));
      return this;
    }

    /** @return the policy */
    public CommunicationPolicy build() {
      return new CommunicationPolicy(this);
    }
  }
}
