package dev.mim.testkit.contract;

import dev.mim.core.lifecycle.Incident;

/** An example built around an incident, whose events count as the counterexample's steps. */
interface HasIncident {

  /** @return the example's incident */
  Incident incident();
}
