/** Helpers shared by the policies' packages; not exported, not API. */
@NullMarked
package dev.mim.policies.internal;

import org.jspecify.annotations.NullMarked;
