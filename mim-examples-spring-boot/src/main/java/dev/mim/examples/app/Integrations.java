package dev.mim.examples.app;

import dev.mim.policies.escalation.EscalationLoop;
import dev.mim.spring.boot.DueDelivery;
import dev.mim.store.jdbc.OutboxMessage;
import dev.mim.store.jdbc.OutboxPublisher;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's side of what mim hands over: where events are published (a message broker in a real product),
 * who is paged, and where due stakeholder updates go. Here each is logged, and the published events are kept for
 * {@code GET /incidents/published}.
 */
@Configuration(proxyBeanMethods = false)
public class Integrations {

  private static final Logger LOG = LoggerFactory.getLogger(Integrations.class);

  /** Created by Spring. */
  public Integrations() {}

  /** The events the outbox relay published, as the application's broker would have them. */
  public static final class Published {
    private final List<OutboxMessage> messages = new ArrayList<>();

    /** Created by {@link Integrations}. */
    Published() {}

    synchronized void add(OutboxMessage message) {
      messages.add(message);
    }

    /** @return the messages, in the order published */
    public synchronized List<OutboxMessage> messages() {
      return List.copyOf(messages);
    }
  }

  /** @return the published events */
  @Bean
  public Published published() {
    return new Published();
  }

  /**
   * @param published where the messages are kept
   * @return the publisher the outbox relay hands each stored event to, as a CloudEvent
   */
  @Bean
  public OutboxPublisher outboxPublisher(Published published) {
    return message -> {
      LOG.info("published {} {}", message.type(), message.id());
      published.add(message);
    };
  }

  /** @return the pager the due-items sweep pages escalations through */
  @Bean
  public EscalationLoop.Notifier pager() {
    return (incident, escalation) -> LOG.info("paging {} for {}/{}: {}", escalation.targets(), incident.tenant(),
        incident.id(), escalation.reason());
  }

  /** @return where the sweep delivers stakeholder updates and reports that are due */
  @Bean
  public DueDelivery dueDelivery() {
    return (incident, items) -> items.forEach(item -> LOG.info("due for {}/{}: {} {} since {}", incident.tenant(),
        incident.id(), item.kind(), item.subject(), item.dueAt()));
  }
}
