package dev.mim.core.architecture;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.ContainmentAction;
import dev.mim.core.incident.EvidenceKind;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.ResolutionAction;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A full lifecycle through mim-core's API and nothing else: loaded by {@link DependencyFootprintTest} in a class
 * loader that holds only mim-core, slf4j-api and jackson-annotations.
 */
public final class FootprintDriver implements Supplier<String> {

  @Override
  public String get() {
    IncidentId id = IncidentId.of("MI-1");
    Actor amy = Actor.of("amy");
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    List<Action> actions = List.of(
        new IdentificationAction.Identify(IdentificationSource.EVENT_MONITORING, Set.of(ServiceId.of("payments")), Impact.HIGH,
            Urgency.HIGH, "Payments down"),
        new IdentificationAction.EngageResolverGroup(ResolverGroup.of("payments"), true),
        new IdentificationAction.RecordValidation(EvidenceKind.MONITORING_CONFIRMED, null),
        new IdentificationAction.Declare(null),
        new ContainmentAction.AssignManager(amy),
        new ContainmentAction.Mobilise(null),
        new ResolutionAction.StartResolution("fail over", ChangeRef.of("CHG-1"), true),
        new ResolutionAction.ApplyWorkaround("standby"),
        new ResolutionAction.ConfirmRestoration(null),
        new MaintenanceAction.StartReview(amy),
        new MaintenanceAction.RecordFindings(ReviewFindings.builder().summary("payments down").rootCause("pool too small")
            .build()),
        new MaintenanceAction.SubmitReview(null),
        new MaintenanceAction.CompleteReview(null),
        new MaintenanceAction.Close(null));
    Incident incident = Incident.start();
    for (int i = 0; i < actions.size(); i++) {
      Incident.Step step = incident.decide(IncidentCommand.of(id, amy, t.plusSeconds(60L * i), actions.get(i)),
          PolicySet.ofDefaults());
      if (!step.accepted()) {
        return "refused " + step.decision();
      }
      incident = step.incident();
    }
    return IncidentDecider.replay(incident.events()).status().name();
  }
}
