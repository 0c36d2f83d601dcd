package dev.mim.core.identify;

import org.jspecify.annotations.Nullable;
import dev.mim.core.incident.TenantId;
import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import dev.mim.core.service.ServiceId;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * One sign that something may be wrong: a ticket, a user report, an alert.
 *
 * @param tenant whose signal it is: signals of different tenants are never grouped
 * @param source where it comes from
 * @param service the business service it concerns
 * @param at when it happened (the host's time)
 * @param reference the originating ticket's or alert's reference, listed as evidence in proposals
 * @param category the host's category; optional (null)
 * @param location the host's location; optional (null)
 * @param configurationItem the configuration item; optional (null)
 */
@ValueStyle
@Value.Builder
public record IncidentSignal(TenantId tenant, SignalSource source, ServiceId service, Instant at, String reference,
    @Nullable String category, @Nullable String location,
        @Nullable String configurationItem) implements WithIncidentSignal {

  /**
   * Creates the signal.
   *
   * @throws IllegalArgumentException when a required field is null, or a text is blank or too long
   */
  public IncidentSignal {
    Checks.notNull("tenant", tenant);
    Checks.notNull("source", source);
    Checks.notNull("service", service);
    Checks.instant("at", at);
    Checks.id("reference", reference);
    Checks.optionalId("category", category);
    Checks.optionalId("location", location);
    Checks.optionalId("configurationItem", configurationItem);
  }

  /**
   * A builder of a signal; tenant, source, service, time and reference are required, the rest optional.
   *
   * @return a new builder
   */
  public static IncidentSignalBuilder builder() {
    return new IncidentSignalBuilder();
  }

  /**
   * A signal of the default tenant with no category, location or configuration item.
   *
   * @param source where it comes from
   * @param service the service
   * @param at when
   * @param reference the ticket or alert reference
   * @return the signal
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static IncidentSignal of(SignalSource source, ServiceId service, Instant at, String reference) {
    return of(TenantId.DEFAULT, source, service, at, reference);
  }

  /**
   * A signal of {@code tenant} with no category, location or configuration item.
   *
   * @param tenant whose signal it is
   * @param source where it comes from
   * @param service the service
   * @param at when
   * @param reference the ticket or alert reference
   * @return the signal
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static IncidentSignal of(TenantId tenant, SignalSource source, ServiceId service, Instant at,
      String reference) {
    return new IncidentSignal(tenant, source, service, at, reference, null, null, null);
  }
}
