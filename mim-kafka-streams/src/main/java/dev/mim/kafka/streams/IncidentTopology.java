package dev.mim.kafka.streams;

import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.spi.TenantPolicies;
import dev.mim.jackson.IncidentCloudEvents;
import java.net.URI;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * Builds the topology that runs mim's decider inside Kafka Streams:
 *
 * <pre>
 * commands topic (key: {@link #key}, value: an IncidentCommand as JSON)
 *   -&gt; decide: the incident's snapshot from the state store; the command decided
 *        accepted -&gt; the snapshot replaced in the store, the incident scheduled in the due index at its next
 *                    due instant -&gt; events topic (one record per event, same key)
 *        refused  -&gt; rejections topic (a {@link Rejection}); the store unchanged
 *   -&gt; every {@link Settings#sweepEvery()} of stream time: the items that fell due, for the incidents the due
 *        index has by then -&gt; due topic (a {@link DueItem})
 * </pre>
 *
 * <p>Records are keyed by incident, so each incident is decided on one instance, one command at a time: the
 * topology needs no locking and no optimistic retries. The store holds each incident's snapshot (mim-jackson's
 * {@code IncidentSnapshots}), not its history: the events topic is the log, so a command costs the same at the
 * 10th event and the 10,000th and the changelog record stays the size of one state. An entry written by a release
 * before snapshots (the incident's events as one JSON array) is read and replayed, and replaced by a snapshot at the
 * incident's next command. The stores are persistent key-value stores with changelog topics, so a restarted or
 * moved instance rebuilds each incident and the due index from them. Run it with
 * {@code processing.guarantee=exactly_once_v2}: a command's events, its snapshot and its index entry are then
 * committed together or not at all. Time comes from the records (a command's
 * own time for the decision, stream time for the sweep): nothing in mim reads the wall clock.
 */
public final class IncidentTopology {

  /** The state store holding each incident's snapshot, by key. */
  public static final String INCIDENTS_STORE = "mim-incidents";

  /** The state store holding the due index: each incident by the next instant a sweep must look at it. */
  public static final String DUE_INDEX_STORE = "mim-due-index";

  private IncidentTopology() {}

  /** Where the state stores keep their data; both kinds have a changelog topic and are restored from it. */
  public enum StateStores {
    /** RocksDB on the instance's disk: restarts restore only what changed since (the default). */
    PERSISTENT,
    /** The instance's memory: restarts restore everything from the changelog; no disk flush per commit. */
    IN_MEMORY
  }

  /**
   * The topics, the sweep's period and the kind of state stores.
   *
   * @param commandsTopic where commands arrive
   * @param eventsTopic where the events of accepted commands go
   * @param rejectionsTopic where refused and unreadable commands go
   * @param dueTopic where the communication and escalation items that fall due go
   * @param sweepEvery how much stream time passes between sweeps for due items
   * @param stores where the state stores keep their data
   * @param eventsSource the CloudEvents {@code source} of the events topic's records
   */
  public record Settings(String commandsTopic, String eventsTopic, String rejectionsTopic, String dueTopic,
      Duration sweepEvery, StateStores stores, URI eventsSource) {

    /** The CloudEvents source of the events unless told: {@code urn:mim:kafka-streams}. */
    public static final URI DEFAULT_EVENTS_SOURCE = URI.create("urn:mim:kafka-streams");

    /**
     * Settings with persistent stores.
     *
     * @throws IllegalArgumentException as the canonical constructor
     */
    public Settings(String commandsTopic, String eventsTopic, String rejectionsTopic, String dueTopic,
        Duration sweepEvery) {
      this(commandsTopic, eventsTopic, rejectionsTopic, dueTopic, sweepEvery, StateStores.PERSISTENT,
          DEFAULT_EVENTS_SOURCE);
    }

    /**
     * @throws IllegalArgumentException when a topic is null or blank, the period not positive, stores null or the
     *     source null or empty
     */
    public Settings {
      if (stores == null) {
        throw new IllegalArgumentException("stores must not be null");
      }
      if (eventsSource == null || eventsSource.toString().isEmpty()) {
        throw new IllegalArgumentException("eventsSource must be a URI reference that is not empty, was "
            + eventsSource);
      }
      for (String t : new String[] {commandsTopic, eventsTopic, rejectionsTopic, dueTopic}) {
        if (t == null || t.isBlank()) {
          throw new IllegalArgumentException("topic names must not be null or blank, were " + commandsTopic + ", "
              + eventsTopic + ", " + rejectionsTopic + ", " + dueTopic);
        }
      }
      if (sweepEvery == null || sweepEvery.isNegative() || sweepEvery.isZero()) {
        throw new IllegalArgumentException("sweepEvery must be positive, was " + sweepEvery);
      }
    }

    /**
     * @return topics {@code mim-commands}, {@code mim-events}, {@code mim-rejections} and {@code mim-due}; a sweep
     *     each minute
     */
    public static Settings defaults() {
      return new Settings("mim-commands", "mim-events", "mim-rejections", "mim-due", Duration.ofMinutes(1));
    }

    /**
     * @param kind where the state stores keep their data
     * @return a copy with that kind of stores
     * @throws IllegalArgumentException when {@code kind} is null
     */
    public Settings withStores(StateStores kind) {
      return new Settings(commandsTopic, eventsTopic, rejectionsTopic, dueTopic, sweepEvery, kind, eventsSource);
    }

    /**
     * @param source the CloudEvents {@code source} of the events, naming the host's deployment
     * @return a copy with that source
     * @throws IllegalArgumentException when {@code source} is null or empty
     */
    public Settings withEventsSource(URI source) {
      return new Settings(commandsTopic, eventsTopic, rejectionsTopic, dueTopic, sweepEvery, stores, source);
    }
  }

  /**
   * @param policies each tenant's policies, to decide with and to sweep by
   * @param settings the topics and the sweep's period
   * @return the topology
   * @throws IllegalArgumentException when an argument is null
   */
  public static Topology build(TenantPolicies policies, Settings settings) {
    if (policies == null || settings == null) {
      throw new IllegalArgumentException("policies and settings must not be null, were " + policies + ", "
          + settings);
    }
    Topology t = new Topology();
    t.addSource("commands", Serdes.String().deserializer(), Serdes.String().deserializer(),
        settings.commandsTopic());
    IncidentCloudEvents cloudEvents = IncidentCloudEvents.from(settings.eventsSource());
    t.addProcessor("decide", () -> new DecideProcessor(policies, settings.sweepEvery(), cloudEvents), "commands");
    t.addStateStore(Stores.keyValueStoreBuilder(supplier(INCIDENTS_STORE, settings.stores()), Serdes.String(),
        Serdes.String()), "decide");
    t.addStateStore(Stores.keyValueStoreBuilder(supplier(DUE_INDEX_STORE, settings.stores()), Serdes.String(),
        Serdes.String()), "decide");
    t.addSink(DecideProcessor.EVENTS, settings.eventsTopic(), Serdes.String().serializer(),
        Serdes.String().serializer(), "decide");
    t.addSink(DecideProcessor.REJECTIONS, settings.rejectionsTopic(), Serdes.String().serializer(),
        Serdes.String().serializer(), "decide");
    t.addSink(DecideProcessor.DUE, settings.dueTopic(), Serdes.String().serializer(), Serdes.String().serializer(),
        "decide");
    return t;
  }

  private static KeyValueBytesStoreSupplier supplier(String name, StateStores kind) {
    return kind == StateStores.IN_MEMORY ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
  }

  /**
   * The record key of an incident's commands and events: {@code tenant/incident}, with {@code \} and {@code /} in
   * the tenant escaped by {@code \}, so that no two incidents share a key (and a partition's store entry).
   *
   * @param tenant the tenant
   * @param incidentId the incident
   * @return the key
   * @throws IllegalArgumentException when an argument is null
   */
  public static String key(TenantId tenant, IncidentId incidentId) {
    if (tenant == null || incidentId == null) {
      throw new IllegalArgumentException("tenant and incidentId must not be null, were " + tenant + ", "
          + incidentId);
    }
    return tenant.value().replace("\\", "\\\\").replace("/", "\\/") + "/" + incidentId.value();
  }
}
