package dev.mim.policies.authorization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.RoleDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** In-memory directories: the same roles everywhere, or each tenant's own; copies, so later edits do not leak in. */
class RoleDirectoriesTest {

  private static final Actor KIM = Actor.of("kim");
  private static final TenantId ACME = TenantId.of("acme");

  @Test
  void theSameRolesInEveryTenantAndNoRoleForAnActorItDoesNotList() {
    Map<Actor, Set<Role>> roles = new HashMap<>();
    Set<Role> kims = new HashSet<>(Set.of(Role.RESOLVER));
    roles.put(KIM, kims);
    RoleDirectory directory = RoleDirectories.of(roles);
    kims.add(Role.MAJOR_INCIDENT_MANAGER); // the directory holds a copy
    roles.put(Actor.of("eve"), Set.of(Role.MAJOR_INCIDENT_MANAGER));
    assertEquals(Set.of(Role.RESOLVER), directory.rolesOf(TenantId.DEFAULT, KIM));
    assertEquals(Set.of(Role.RESOLVER), directory.rolesOf(ACME, KIM));
    assertEquals(Set.of(), directory.rolesOf(ACME, Actor.of("eve")));
  }

  @Test
  void perTenantRolesDoNotCrossTenants() {
    RoleDirectory directory = RoleDirectories.perTenant(Map.of(ACME, Map.of(KIM, Set.of(Role.MAJOR_INCIDENT_MANAGER))));
    assertEquals(Set.of(Role.MAJOR_INCIDENT_MANAGER), directory.rolesOf(ACME, KIM));
    assertEquals(Set.of(), directory.rolesOf(TenantId.DEFAULT, KIM));
    assertEquals(Set.of(), directory.rolesOf(ACME, Actor.of("eve")));
  }

  @Test
  void badDirectoriesAreRefusedNamingTheField() {
    assertEquals("roles must not be null",
        assertThrows(IllegalArgumentException.class, () -> RoleDirectories.of(null)).getMessage());
    assertEquals("roles must not be null",
        assertThrows(IllegalArgumentException.class, () -> RoleDirectories.perTenant(null)).getMessage());
    Map<Actor, Set<Role>> nullRoles = new HashMap<>();
    nullRoles.put(KIM, null);
    assertEquals("roles of kim must not be null or hold null, was null",
        assertThrows(IllegalArgumentException.class, () -> RoleDirectories.of(nullRoles)).getMessage());
    Map<Actor, Set<Role>> nullActor = new HashMap<>();
    nullActor.put(null, Set.of());
    assertEquals("actor must not be null",
        assertThrows(IllegalArgumentException.class, () -> RoleDirectories.of(nullActor)).getMessage());
    Map<TenantId, Map<Actor, Set<Role>>> nullTenant = new HashMap<>();
    nullTenant.put(null, Map.of());
    assertEquals("tenant must not be null",
        assertThrows(IllegalArgumentException.class, () -> RoleDirectories.perTenant(nullTenant)).getMessage());
  }
}
