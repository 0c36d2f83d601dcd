/**
 * mim-core: the pure major-incident domain. No I/O, no threads, no clock reads.
 */
module dev.mim.core {
  requires transitive com.fasterxml.jackson.annotation;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires org.slf4j;
  // Immutables' annotations are read by the compiler only (CLASS retention); nothing of it runs.
  requires static org.immutables.value.annotations;

  exports dev.mim.core.cadence;
  exports dev.mim.core.calendar;
  exports dev.mim.core.comms;
  exports dev.mim.core.due;
  exports dev.mim.core.escalation;
  exports dev.mim.core.handling;
  exports dev.mim.core.identify;
  exports dev.mim.core.incident;
  exports dev.mim.core.lifecycle;
  exports dev.mim.core.metrics;
  exports dev.mim.core.people;
  exports dev.mim.core.priority;
  exports dev.mim.core.report;
  exports dev.mim.core.service;
  exports dev.mim.core.spi;
  exports dev.mim.core.status;

  // Jackson reads the records' components reflectively.
  opens dev.mim.core.comms;
  opens dev.mim.core.identify;
  opens dev.mim.core.incident;
  opens dev.mim.core.metrics;
  opens dev.mim.core.people;
  opens dev.mim.core.priority;
  opens dev.mim.core.report;
  opens dev.mim.core.service;
}
