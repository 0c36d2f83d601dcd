package dev.mim.kafka.streams;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The Monday-morning incident the topology's tests send, here and on a real broker (mim-kafka-streams-it, through
 * this module's test-jar): a P1 on payments from identification to closure, one action a step.
 */
public final class MondayMorning {

  /** The tenant of the incident. */
  public static final TenantId ACME = TenantId.of("acme");

  /** When its first command comes. */
  public static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

  /** Who sends every command. */
  public static final Actor DANA = Actor.of("mim:dana");

  private MondayMorning() {}

  /**
   * @return identify, assign the manager, engage the resolver group, validate, declare, mobilise (6), start the
   *     resolution, apply the workaround, confirm the restoration, start the review (10), record findings, submit and
   *     complete the review, close (14)
   */
  public static List<Action> actions() {
    return List.of(
        new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("payments")),
            Impact.HIGH, Urgency.HIGH, "Payments failing at checkout"),
        new ContainmentAction.AssignManager(DANA),
        new IdentificationAction.EngageResolverGroup(ResolverGroup.of("payments-platform"), true),
        new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, "all checks red"),
        new IdentificationAction.Declare(null),
        new ContainmentAction.Mobilise(null),
        new ResolutionAction.StartResolution("fail over the database", ChangeRef.of("CHG-1"), true),
        new ResolutionAction.ApplyWorkaround("traffic on the standby"),
        new ResolutionAction.ConfirmRestoration(null),
        new MaintenanceAction.StartReview(DANA),
        new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary("down 40 minutes").rootCause("pool")
            .build()),
        new MaintenanceAction.SubmitReview(null),
        new MaintenanceAction.CompleteReview(null),
        new MaintenanceAction.Close(null));
  }
}
