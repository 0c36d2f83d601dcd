/**
 * Policy contracts: {@link dev.mim.testkit.contract.PolicyContracts} checks a host's implementation of each of
 * mim's policy interfaces against the laws its Javadoc states, and throws a
 * {@link dev.mim.testkit.contract.ContractViolation} with the law, the seed and the smallest counterexample.
 */
@NullMarked
package dev.mim.testkit.contract;

import org.jspecify.annotations.NullMarked;
