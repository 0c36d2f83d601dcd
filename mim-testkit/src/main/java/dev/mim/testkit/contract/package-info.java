/**
 * Policy contracts: {@link dev.mim.testkit.contract.PolicyContracts} checks a host's implementation of each of
 * mim's policy interfaces against the laws its Javadoc states, and throws a
 * {@link dev.mim.testkit.contract.ContractViolation} with the law, the seed and the smallest counterexample.
 */
package dev.mim.testkit.contract;
