package dev.mim.core.spi;

import dev.mim.core.internal.Checks;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host's catalogue of business services. Commands and signals name services by {@link ServiceId}; a service
 * the catalogue does not {@linkplain #admits admit} is refused with code {@code unknown-service}.
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
   * An in-memory catalogue of {@code services}.
   *
   * @param services the services, each id once
   * @return the catalogue, immutable
   * @throws IllegalArgumentException when {@code services} is null, holds null, or names an id twice
   */
  static ServiceCatalogue of(Collection<BusinessService> services) {
    Checks.noNulls("services", services);
    Map<ServiceId, BusinessService> byId = new LinkedHashMap<>();
    for (BusinessService s : services) {
      if (byId.putIfAbsent(s.id(), s) != null) {
        throw new IllegalArgumentException("services must name each id once, found " + s.id() + " twice");
      }
    }
    Map<ServiceId, BusinessService> fixed = Collections.unmodifiableMap(byId);
    return id -> Optional.ofNullable(fixed.get(id));
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
