package dev.mim.core.incident;

/** How normal service was restored: the practice's objective allows either. */
public enum RestorationMeans {
  /** A workaround restored service; a permanent fix (and a problem record) may follow. */
  WORKAROUND,
  /** A permanent fix, implemented as a change, restored service. */
  PERMANENT_FIX
}
