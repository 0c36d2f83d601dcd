package dev.mim.store.jdbc;

/**
 * The host's publisher of outbox messages (to Kafka, a message queue, a webhook): {@link OutboxRelay} hands it each
 * message in order per incident, and marks the message published when this returns.
 */
@FunctionalInterface
public interface OutboxPublisher {

  /**
   * Publishes one message, returning only when the destination has it (a Kafka send acknowledged, an HTTP call
   * answered): the relay marks it published then.
   *
   * @param message the message
   * @throws Exception when it was not published; the relay stops with that incident, leaves the message pending and
   *     publishes it again on a later run
   */
  void publish(OutboxMessage message) throws Exception;
}
