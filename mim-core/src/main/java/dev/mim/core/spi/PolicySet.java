package dev.mim.core.spi;

import dev.mim.core.internal.Checks;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.service.ServiceCatalogue;
import java.time.Duration;

/**
 * The policies and settings that the lifecycle decider consults: the context of every decision. One host may
 * keep one policy set per tenant (for example per customer of a managed service provider).
 *
 * <p>Build one with {@link #ofDefaults()}, {@link #custom()} or {@link #from(PolicySet)}; each setter checks
 * its value and names it in the error. Immutable and safe to share.
 */
public final class PolicySet {

  /** The default verification window: a restored incident may be reopened within 24 hours. */
  public static final Duration DEFAULT_VERIFICATION_WINDOW = Duration.ofHours(24);

  private static final PolicySet DEFAULTS = custom().build();

  private final PriorityMatrix priorityMatrix;
  private final DeclarationPolicy declarationPolicy;
  private final Duration verificationWindow;
  private final ServiceCatalogue serviceCatalogue;
  private final MajorIncidentThreshold majorIncidentThreshold;

  private PolicySet(Builder b) {
    this.priorityMatrix = b.priorityMatrix;
    this.declarationPolicy = b.declarationPolicy;
    this.verificationWindow = b.verificationWindow;
    this.serviceCatalogue = b.serviceCatalogue;
    this.majorIncidentThreshold = b.majorIncidentThreshold;
  }

  /**
   * The defaults: the ITIL 3x3 priority matrix, declaration only with validation evidence, a 24-hour
   * verification window, the {@linkplain ServiceCatalogue#open() open} service catalogue (every service id
   * admitted, none known) and the {@linkplain MajorIncidentThreshold#standard() standard} major-incident threshold
   * (P1, or P2 on a tier-1 service).
   *
   * @return the shared default policy set
   */
  public static PolicySet ofDefaults() {
    return DEFAULTS;
  }

  /** @return a builder starting from the defaults */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Returns a builder starting from {@code base}, to change some of its settings.
   *
   * @param base the policy set to start from
   * @return the builder
   * @throws IllegalArgumentException when {@code base} is null
   */
  public static Builder from(PolicySet base) {
    Checks.notNull("base", base);
    return new Builder()
        .priorityMatrix(base.priorityMatrix)
        .declarationPolicy(base.declarationPolicy)
        .verificationWindow(base.verificationWindow)
        .serviceCatalogue(base.serviceCatalogue)
        .majorIncidentThreshold(base.majorIncidentThreshold);
  }

  /** @return the matrix that gives an incident's priority from its impact and urgency */
  public PriorityMatrix priorityMatrix() {
    return priorityMatrix;
  }

  /** @return the policy asked whether a candidate may be declared without validation evidence */
  public DeclarationPolicy declarationPolicy() {
    return declarationPolicy;
  }

  /** @return how long after restoration an incident may be reopened */
  public Duration verificationWindow() {
    return verificationWindow;
  }

  /** @return the catalogue that admits and describes the services commands name */
  public ServiceCatalogue serviceCatalogue() {
    return serviceCatalogue;
  }

  /** @return which priorities (and service tiers) make an incident major */
  public MajorIncidentThreshold majorIncidentThreshold() {
    return majorIncidentThreshold;
  }

  @Override
  public String toString() {
    return "PolicySet[priorityMatrix=" + priorityMatrix + ", declarationPolicy=" + declarationPolicy
        + ", verificationWindow=" + verificationWindow + ", serviceCatalogue=" + serviceCatalogue
        + ", majorIncidentThreshold=" + majorIncidentThreshold + "]";
  }

  /** Builds a {@link PolicySet}; each setter checks its value. Not thread-safe; the result is. */
  public static final class Builder {
    private PriorityMatrix priorityMatrix = PriorityMatrix.itil();
    private DeclarationPolicy declarationPolicy = DeclarationPolicy.evidenceRequired();
    private Duration verificationWindow = DEFAULT_VERIFICATION_WINDOW;
    private ServiceCatalogue serviceCatalogue = ServiceCatalogue.open();
    private MajorIncidentThreshold majorIncidentThreshold = MajorIncidentThreshold.standard();

    private Builder() {}

    /**
     * @param matrix the priority matrix
     * @return this builder
     * @throws IllegalArgumentException when {@code matrix} is null
     */
    public Builder priorityMatrix(PriorityMatrix matrix) {
      this.priorityMatrix = Checks.notNull("priorityMatrix", matrix);
      return this;
    }

    /**
     * @param policy the declaration policy
     * @return this builder
     * @throws IllegalArgumentException when {@code policy} is null
     */
    public Builder declarationPolicy(DeclarationPolicy policy) {
      this.declarationPolicy = Checks.notNull("declarationPolicy", policy);
      return this;
    }

    /**
     * @param window how long after restoration a reopen is allowed; zero forbids reopening
     * @return this builder
     * @throws IllegalArgumentException when {@code window} is null or negative
     */
    public Builder verificationWindow(Duration window) {
      this.verificationWindow = Checks.notNegative("verificationWindow", window);
      return this;
    }

    /**
     * @param catalogue the host's service catalogue; commands naming a service it does not admit are refused
     * @return this builder
     * @throws IllegalArgumentException when {@code catalogue} is null
     */
    public Builder serviceCatalogue(ServiceCatalogue catalogue) {
      this.serviceCatalogue = Checks.notNull("serviceCatalogue", catalogue);
      return this;
    }

    /**
     * @param threshold which incidents are major
     * @return this builder
     * @throws IllegalArgumentException when {@code threshold} is null
     */
    public Builder majorIncidentThreshold(MajorIncidentThreshold threshold) {
      this.majorIncidentThreshold = Checks.notNull("majorIncidentThreshold", threshold);
      return this;
    }

    /** @return the policy set */
    public PolicySet build() {
      return new PolicySet(this);
    }
  }
}
