/** Helpers shared by the policies' packages; not exported, not API. */
package dev.mim.policies.internal;
