package dev.mim.core.spi;

import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.internal.Checks;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whether a candidate may be declared a major incident before any validation evidence is recorded.
 *
 * <p>The practice validates before committing all resources; some hosts auto-declare in clear cases, such as
 * an event-monitoring alert on a business-critical service. A declaration with evidence is always allowed; this
 * policy is asked only when there is none. An exception thrown here is caught, logged and turned into a
 * rejection with code {@code policy-failed}; it never corrupts the incident.
 *
 * <h2>Laws</h2>
 * Pure and total: the same candidate gets the same answer, never an exception. mim-testkit's
 * {@code PolicyContracts.declaration} checks them.
 */
@FunctionalInterface
public interface DeclarationPolicy {

  /**
   * Tells whether {@code candidate} may be declared without validation evidence.
   *
   * @param candidate the candidate's current state, read-only
   * @return true to allow the declaration (it then carries an advisory), false to refuse it
   */
  boolean allowsDeclarationWithoutEvidence(IncidentState candidate);

  /** @return the default: declaring always needs validation evidence */
  static DeclarationPolicy evidenceRequired() {
    return candidate -> false;
  }

  /**
   * Allows declaring without evidence the candidates identified by one of {@code sources}, for example
   * {@link IdentificationSource#EVENT_MONITORING}.
   *
   * @param first a source that may skip validation
   * @param more further such sources
   * @return the policy
   * @throws IllegalArgumentException when a source is null
   */
  static DeclarationPolicy autoDeclareFrom(IdentificationSource first, IdentificationSource... more) {
    Checks.notNull("first", first);
    Set<IdentificationSource> sources = EnumSet.of(first);
    for (IdentificationSource s : more) {
      sources.add(Checks.notNull("source", s));
    }
    Set<IdentificationSource> fixed = Set.copyOf(sources);
    return candidate -> candidate.classification() != null && fixed.contains(candidate.classification().source());
  }
}
