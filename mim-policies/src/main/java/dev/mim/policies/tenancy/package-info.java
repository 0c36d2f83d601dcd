/**
 * Tenancy for managed service providers: a {@link dev.mim.policies.tenancy.TenantDirectory} gives each tenant its
 * own policy set.
 */
@NullMarked
package dev.mim.policies.tenancy;

import org.jspecify.annotations.NullMarked;
