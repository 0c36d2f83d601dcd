package dev.mim.core.spi;

import dev.mim.core.comms.Audience;
import dev.mim.core.internal.Checks;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.service.ServiceId;
import dev.mim.core.service.ServiceImpact;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The host's catalogue of business services. Commands and signals name services by {@link ServiceId}; a service
 * the catalogue does not {@linkplain #admits admit} is refused with code {@code unknown-service}. The catalogue
 * may also say which services support which ({@link #dependencies()}) and who subscribes to each
 * ({@link #subscribers}), from which {@link #impactOf} derives what an incident affects and who is owed updates.
 *
 * <p>Implement it over your CMDB, or use {@link #of} for an in-memory catalogue. {@link #open()}, the default,
 * admits every service id but knows none of them, so nothing is refused and no tier is known. An exception thrown
 * by a host's catalogue is caught, logged and reported as a rejection.
 */
public interface ServiceCatalogue {

  /**
   * Looks a service up.
   *
   * @param id a service id
   * @return the service, or empty when the catalogue does not know it
   */
  Optional<BusinessService> find(ServiceId id);

  /**
   * Tells whether commands and signals may name {@code id}.
   *
   * @param id a service id
   * @return by default, whether {@link #find} knows it
   */
  default boolean admits(ServiceId id) {
    return find(id).isPresent();
  }

  /** @return the catalogue that admits every service id and knows none: mim's default */
  static ServiceCatalogue open() {
    return OpenCatalogue.INSTANCE;
  }

  /**
   * Which services support which; the default has no dependencies.
   *
   * @return the dependencies between the catalogue's services
   */
  default ServiceDependencies dependencies() {
    return ServiceDependencies.none();
  }

  /**
   * Who subscribes to a service: the audiences owed updates on every incident that affects it, beside those of the
   * communication plan ({@code CommunicationSchedule} and {@code DueItems} ask). The default is nobody.
   *
   * @param id a service id
   * @return its subscribers; empty when none
   */
  default Set<Audience> subscribers(ServiceId id) {
    return Set.of();
  }

  /**
   * What a failure of {@code named} means for the business: the services affected through the dependencies, the
   * business services among them, the most critical tier, the impact it proposes and the subscribers owed updates.
   *
   * @param named the services an incident names
   * @return the impact
   * @throws IllegalArgumentException when {@code named} is null or holds null
   */
  default ServiceImpact impactOf(Collection<ServiceId> named) {
    Checks.noNulls("named", named);
    ServiceDependencies dependencies = dependencies();
    SortedSet<ServiceId> affected = dependencies.affectedBy(named);
    SortedSet<ServiceId> business = new TreeSet<>();
    SortedSet<Audience> subscribers = new TreeSet<>();
    Integer tier = null;
    for (ServiceId s : affected) {
      if (dependencies.isBusinessService(s)) {
        business.add(s);
      }
      Optional<BusinessService> known = find(s);
      if (known.isPresent() && (tier == null || known.get().tier() < tier)) {
        tier = known.get().tier();
      }
      subscribers.addAll(subscribers(s));
    }
    return new ServiceImpact(new TreeSet<>(named), affected, business, tier, subscribers);
  }

  /**
   * An in-memory catalogue of {@code services}, without dependencies or subscribers.
   *
   * @param services the services, each id once
   * @return the catalogue, immutable
   * @throws IllegalArgumentException when {@code services} is null, holds null, or names an id twice
   */
  static ServiceCatalogue of(Collection<BusinessService> services) {
    Checks.noNulls("services", services);
    Builder b = builder();
    services.forEach(b::service);
    return b.build();
  }

  /** @return a builder of an in-memory catalogue with dependencies and subscribers */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an in-memory {@link ServiceCatalogue}: its services, which supports which, and who subscribes to what.
   * {@link #build()} checks that the dependencies and subscriptions name only the catalogue's services and that the
   * dependencies form no cycle.
   */
  final class Builder {
    private final Map<ServiceId, BusinessService> byId = new LinkedHashMap<>();
    private final ServiceDependencies.Builder dependencies = ServiceDependencies.builder();
    private final Map<ServiceId, SortedSet<Audience>> subscribers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * @param service a service of the catalogue
     * @return this builder
     * @throws IllegalArgumentException when null, or its id is in the catalogue already
     */
    public Builder service(BusinessService service) {
      Checks.notNull("service", service);
      if (byId.putIfAbsent(service.id(), service) != null) {
        throw new IllegalArgumentException("services must name each id once, found " + service.id() + " twice");
      }
      return this;
    }

    /**
     * @param supporter a technical service
     * @param supported the services it supports
     * @return this builder
     * @throws IllegalArgumentException as {@link ServiceDependencies.Builder#supports}
     */
    public Builder supports(ServiceId supporter, ServiceId... supported) {
      dependencies.supports(supporter, supported);
      return this;
    }

    /**
     * @param service a service
     * @param audiences who subscribes to it
     * @return this builder
     * @throws IllegalArgumentException when a value is null
     */
    public Builder subscribers(ServiceId service, Audience... audiences) {
      Checks.notNull("service", service);
      subscribers.computeIfAbsent(service, k -> new TreeSet<>())
          .addAll(Checks.noNulls("audiences", Arrays.asList(audiences)));
      return this;
    }

    /**
     * @return the catalogue, immutable
     * @throws IllegalArgumentException when the dependencies form a cycle, or they or a subscription name a service
     *     the catalogue does not hold
     */
    public ServiceCatalogue build() {
      ServiceDependencies graph = dependencies.build();
      for (ServiceId s : graph.services()) {
        if (!byId.containsKey(s)) {
          throw new IllegalArgumentException("service dependencies must name services of the catalogue, named " + s);
        }
      }
      Map<ServiceId, Set<Audience>> subscribed = new LinkedHashMap<>();
      subscribers.forEach((s, a) -> {
        if (!byId.containsKey(s)) {
          throw new IllegalArgumentException("subscribers must be of services of the catalogue, named " + s);
        }
        subscribed.put(s, Collections.unmodifiableSortedSet(new TreeSet<>(a)));
      });
      return new InMemoryCatalogue(Map.copyOf(byId), graph, Map.copyOf(subscribed));
    }
  }

  /** The catalogue that admits every id. */
  enum OpenCatalogue implements ServiceCatalogue {
    /** The only instance. */
    INSTANCE;

    @Override
    public Optional<BusinessService> find(ServiceId id) {
      return Optional.empty();
    }

    @Override
    public boolean admits(ServiceId id) {
      return true;
    }
  }
}
