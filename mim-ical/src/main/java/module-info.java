/**
 * mim-ical: on-call schedules as iCalendar (RFC 5545) feeds, written through ical4j.
 */
module dev.mim.ical {
  requires transitive dev.mim.policies;
  requires ical4j.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  // mim-core's class files carry Immutables' CLASS-retention annotations, which javac and javadoc read when
  // they read those classes; nothing of it is needed at run time.
  requires static org.immutables.value.annotations;

  exports dev.mim.ical;
}
