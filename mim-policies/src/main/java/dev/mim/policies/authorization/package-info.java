/**
 * Who may do what: the practice's {@link dev.mim.policies.authorization.AuthorizationMatrix} of roles to commands,
 * and in-memory {@link dev.mim.policies.authorization.RoleDirectories}.
 */
package dev.mim.policies.authorization;
