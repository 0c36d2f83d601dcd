package dev.mim.core.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.internal.Checks;

/** How normal service was restored: the practice's objective allows either. */
public enum RestorationMeans {
  /** A workaround restored service; a permanent fix (and a problem record) may follow. */
  WORKAROUND,
  /** A permanent fix, implemented as a change, restored service. */
  PERMANENT_FIX;

  /** JSON reads a constant by its exact name only; a number, another case or an unknown name is refused. */
  @JsonCreator
  private static RestorationMeans fromJson(String name) {
    return Checks.named(RestorationMeans.class, "means", name);
  }
}
