package dev.mim.testkit.contract;

import dev.mim.core.comms.Audience;
import dev.mim.core.service.ServiceDependencies;
import dev.mim.core.service.ServiceId;
import dev.mim.core.service.ServiceImpact;
import dev.mim.core.spi.ServiceCatalogue;
import dev.mim.testkit.generate.Generator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The laws of a {@link ServiceCatalogue} over the services a host names, checked on random sets of them. */
final class CatalogueLaws {

  private CatalogueLaws() {}

  /** Some of the host's services: the ones an incident names. */
  record Named(Set<ServiceId> services) {
    @Override
    public String toString() {
      return "named " + new TreeSet<>(services);
    }
  }

  static Generator<Named> named(List<ServiceId> services) {
    return random -> {
      Set<ServiceId> out = new HashSet<>();
      int size = 1 + random.nextInt(Math.min(3, services.size()));
      while (out.size() < size) {
        out.add(services.get(random.nextInt(services.size())));
      }
      return new Named(out);
    };
  }

  static List<Law<Named>> of(ServiceCatalogue catalogue) {
    return List.of(
        new Law<>("total: every named service is admitted and known, with subscribers and dependencies, never an "
            + "exception or a null", e -> {
          ServiceDependencies dependencies = Law.total("dependencies()", catalogue::dependencies);
          for (ServiceId s : e.services()) {
            Law.require(Law.total("admits(" + s + ")", () -> catalogue.admits(s)), s + " is not admitted");
            Law.require(Law.total("find(" + s + ")", () -> catalogue.find(s)).isPresent(), s + " is not known");
            Set<Audience> subscribers = Law.total("subscribers(" + s + ")", () -> catalogue.subscribers(s));
            Law.require(!Law.holdsNull(subscribers), "subscribers(" + s + ") holds null");
            Law.total("supportedBy(" + s + ")", () -> dependencies.supportedBy(s));
          }
        }),
        new Law<>("the same answers however often asked", e -> {
          ServiceImpact once = impact(catalogue, e);
          ServiceImpact again = impact(catalogue, e);
          Law.require(once.equals(again), "impactOf answered " + once + ", then " + again);
        }),
        new Law<>("the impact holds the named services, what they support, and the subscribers of every service it "
            + "affects", e -> {
          ServiceImpact impact = impact(catalogue, e);
          Law.require(impact.affected().containsAll(e.services()), "the affected services " + impact.affected()
              + " leave out some of the named ones");
          SortedSet<Audience> subscribers = new TreeSet<>();
          List<ServiceId> missing = new ArrayList<>();
          for (ServiceId s : impact.affected()) {
            for (ServiceId supported : catalogue.dependencies().supportedBy(s)) {
              if (!impact.affected().contains(supported)) {
                missing.add(supported);
              }
            }
            subscribers.addAll(catalogue.subscribers(s));
          }
          Law.require(missing.isEmpty(), "the affected services " + impact.affected() + " leave out " + missing
              + ", which they support");
          Law.require(impact.subscribers().equals(subscribers), "the impact's subscribers " + impact.subscribers()
              + " are not those of the affected services, " + subscribers);
        }));
  }

  private static ServiceImpact impact(ServiceCatalogue catalogue, Named e) {
    return Law.total("impactOf(" + new TreeSet<>(e.services()) + ")", () -> catalogue.impactOf(e.services()));
  }
}
