package dev.mim.policies.detection;

import dev.mim.core.identify.IncidentSignal;

/** A retained signal and the queue of its key. */
final class Retained {
  final IncidentSignal signal;
  final SignalQueue queue;

  Retained(IncidentSignal signal, SignalQueue queue) {
    this.signal = signal;
    this.queue = queue;
  }
}
