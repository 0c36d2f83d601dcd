package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.Role;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.authorization.AuthorizationMatrix;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The authorization matrix and the role directory as documents. */
class AuthorizationDocumentsTest {

  private static PolicyDocument read(String yaml) {
    return PolicyDocuments.read("id: x\nversion: 1\n" + yaml, DocumentFormat.YAML);
  }

  @Test
  void theStandardMatrixByNameIsTheStandardOneAndWrittenOutInFullAllowsTheSame() {
    assertSame(AuthorizationMatrix.standard(), read("authorization: standard\n").policySet().authorization());
    AuthorizationMatrix standard = AuthorizationMatrix.standard();
    StringBuilder yaml = new StringBuilder("authorization:\n  serviceDeskActsForManager: true\n  allow:\n");
    for (ActionKind kind : ActionKind.values()) {
      if (!standard.rolesFor(kind).isEmpty()) {
        yaml.append("    ").append(kind.name()).append(": [").append(standard.rolesFor(kind).stream()
            .map(Role::name).collect(Collectors.joining(", "))).append("]\n");
      }
    }
    AuthorizationMatrix written = (AuthorizationMatrix) read(yaml.toString()).policySet().authorization();
    for (ActionKind kind : ActionKind.values()) {
      assertEquals(standard.rolesFor(kind), written.rolesFor(kind), kind.name());
    }
    assertTrue(written.serviceDeskActsForManager());
  }

  @Test
  void theRolesArePerPersonAndNobodyElseHasOne() {
    PolicySet p = read("roles: {amy: [major-incident-manager, problem-manager], bot: [automation]}\n").policySet();
    assertEquals(Set.of(Role.MAJOR_INCIDENT_MANAGER, Role.PROBLEM_MANAGER),
        p.roles().rolesOf(TenantId.DEFAULT, Actor.of("amy")));
    assertEquals(Set.of(), p.roles().rolesOf(TenantId.DEFAULT, Actor.of("zoe")));
    assertEquals(Set.of(), PolicyDocuments.defaults("d").policySet().roles().rolesOf(TenantId.DEFAULT,
        Actor.of("amy")));
  }

  @Test
  void anAuthorizationThatIsNeitherANameNorAMatrixIsAProblemSayingWhatItMayBe() {
    InvalidPolicyDocumentException name = assertThrows(InvalidPolicyDocumentException.class,
        () -> read("authorization: superuser\n"));
    assertEquals(List.of(new DocumentProblem("/authorization", "must be \"permitAll\", \"standard\" or an object with"
        + " the roles allowed each command, was superuser")), name.problems());
    InvalidPolicyDocumentException allow = assertThrows(InvalidPolicyDocumentException.class,
        () -> read("authorization: {allow: [DECLARE]}\n"));
    assertEquals(List.of(new DocumentProblem("/authorization/allow", "must be an object from command kinds (DECLARE)"
        + " to the roles allowed them, was [\"DECLARE\"]")), allow.problems());
    AuthorizationMatrix matrix = (AuthorizationMatrix) read("authorization: {allow: {DECLARE: [resolver]}}\n")
        .policySet().authorization();
    assertEquals(Set.of(Role.RESOLVER), matrix.rolesFor(ActionKind.DECLARE));
    assertEquals(Set.of(), matrix.rolesFor(ActionKind.CLOSE));
    assertEquals(false, matrix.serviceDeskActsForManager());
  }

  @Test
  void anUnknownCommandKindOrARoleNamedTwiceIsAProblemAtItsPlace() {
    InvalidPolicyDocumentException e = assertThrows(InvalidPolicyDocumentException.class, () -> read("""
        authorization: {allow: {DECLARE: [resolver, resolver], PANIC: [resolver]}}
        roles: {amy: resolver}
        """));
    assertEquals(List.of(
        "/authorization/allow/DECLARE/1: names role resolver a second time",
        "/authorization/allow/PANIC: must be one of " + List.of(ActionKind.values()) + ", was PANIC",
        "/roles/amy: must be a list, was resolver"),
        e.problems().stream().map(DocumentProblem::toString).toList());
  }
}
