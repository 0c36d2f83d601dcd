/**
 * mim-testkit: what a host needs to test its own policies and workflow rules against mim. Policy contracts with
 * shrunk counterexamples, generators of valid incidents and mixed command sequences, a given-when-then fixture,
 * and a breadth-first workflow explorer.
 */
module dev.mim.testkit {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  // mim-core\'s class files carry Immutables\' CLASS-retention annotations, which javac and javadoc read when
  // they read those classes; nothing of it is needed at run time.
  requires static org.immutables.value.annotations;
  requires transitive dev.mim.policies;
  // QuickTheories 0.26 has no module name of its own: the automatic name from its jar. Only the package
  // dev.mim.testkit.quicktheories shows its types.
  requires transitive quicktheories;

  exports dev.mim.testkit.contract;
  exports dev.mim.testkit.explore;
  exports dev.mim.testkit.fixture;
  exports dev.mim.testkit.generate;
  exports dev.mim.testkit.quicktheories;
}
