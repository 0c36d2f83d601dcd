package dev.mim.core.incident;

/** The four stages of a major incident, in the order the practice describes them. */
public enum Stage {
  /** Identify, validate and declare the major incident, and inform stakeholders. */
  IDENTIFICATION,
  /** Assemble the major incident team and assign a Major Incident Manager. */
  CONTAINMENT,
  /** Implement the resolution plan as a change until service is restored. */
  RESOLUTION,
  /** Post-incident review and metrics, then closure. */
  MAINTENANCE;

  /** @return the stage's name as the practice writes it ("Identification", ...) */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
