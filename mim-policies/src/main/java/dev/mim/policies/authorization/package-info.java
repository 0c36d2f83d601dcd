/**
 * Who may do what: the practice's {@link dev.mim.policies.authorization.AuthorizationMatrix} of roles to commands,
 * and in-memory {@link dev.mim.policies.authorization.RoleDirectories}.
 */
@NullMarked
package dev.mim.policies.authorization;

import org.jspecify.annotations.NullMarked;
