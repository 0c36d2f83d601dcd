package dev.mim.core.incident;

/** Checks that actions and facts of this package share. */
final class IncidentChecks {

  private IncidentChecks() {}

  /** Refuses a duplicate without the incident it duplicates, and that incident on another kind of evidence. */
  static void duplicateOfFits(EvidenceKind evidence, IncidentId duplicateOf) {
    if (evidence == EvidenceKind.DUPLICATE && duplicateOf == null) {
      throw new IllegalArgumentException("duplicateOf must name the incident duplicated for evidence DUPLICATE");
    }
    if (evidence != EvidenceKind.DUPLICATE && duplicateOf != null) {
      throw new IllegalArgumentException("duplicateOf must be null for evidence " + evidence + ", was "
          + duplicateOf);
    }
  }
}
