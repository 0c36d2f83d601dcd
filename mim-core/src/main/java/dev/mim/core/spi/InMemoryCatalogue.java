package dev.mim.core.spi;

import dev.mim.core.comms.Audience;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.service.ServiceId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalogue {@link ServiceCatalogue.Builder} builds: immutable maps. */
record InMemoryCatalogue(Map<ServiceId, BusinessService> byId, ServiceDependencies dependencies,
    Map<ServiceId, Set<Audience>> subscribed) implements ServiceCatalogue {

  @Override
  public Optional<BusinessService> find(ServiceId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Set<Audience> subscribers(ServiceId id) {
    return subscribed.getOrDefault(id, Set.of());
  }
}
