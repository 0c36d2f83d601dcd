package dev.mim.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.CommunicationAction;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.lifecycle.ViolationCode;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.TenantPolicies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The topology in Kafka Streams' test driver: no broker, real state stores, stream time from the records. */
class IncidentTopologyTest {

  static final TenantId ACME = MondayMorning.ACME;
  static final IncidentId MI1 = IncidentId.of("MI-2026-0042");
  static final IncidentId MI2 = IncidentId.of("MI-2026-0043");
  static final Instant MONDAY = MondayMorning.MONDAY;
  static final Actor DANA = MondayMorning.DANA;
  static final IncidentTopology.Settings SETTINGS = IncidentTopology.Settings.defaults();

  final Json json = new Json();
  final JsonMapper reader = JsonMapper.builder().build();

  /** Under target/, not the OS temp directory, which Kafka warns may be cleared under a running store. */
  Path stateDir;

  TopologyTestDriver driver;
  TestInputTopic<String, String> commands;
  TestOutputTopic<String, String> events;
  TestOutputTopic<String, String> rejections;
  TestOutputTopic<String, String> due;

  @BeforeEach
  void start() {
    open(PolicySet.ofDefaults());
  }

  /** A driver on the topology with {@code policies}, and its topics. */
  void open(TenantPolicies policies) {
    try {
      Files.createDirectories(Path.of("target"));
      stateDir = Files.createTempDirectory(Path.of("target"), "kafka-state");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    driver = new TopologyTestDriver(IncidentTopology.build(policies, SETTINGS), properties(stateDir));
    commands = driver.createInputTopic(SETTINGS.commandsTopic(), new StringSerializer(), new StringSerializer());
    events = driver.createOutputTopic(SETTINGS.eventsTopic(), new StringDeserializer(), new StringDeserializer());
    rejections = driver.createOutputTopic(SETTINGS.rejectionsTopic(), new StringDeserializer(),
        new StringDeserializer());
    due = driver.createOutputTopic(SETTINGS.dueTopic(), new StringDeserializer(), new StringDeserializer());
  }

  /**
   * The test driver's properties, its state under {@code stateDir}. Kafka Streams 4.3 logs a WARN unless
   * {@code processing.exception.handler.global.enabled} is set, and deprecates the setting only because 5.0 makes it
   * the one behaviour; the test takes 5.0's behaviour now.
   */
  @SuppressWarnings("deprecation")
  static Properties properties(Path stateDir) {
    Properties props = new Properties();
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "mim-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return props;
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** The Monday-morning incident: an alert on payments, validation, declaration, to closure after the review. */
  static List<IncidentCommand> mondayMorning(IncidentId id) {
    List<Action> actions = MondayMorning.actions();
    List<IncidentCommand> out = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      out.add(IncidentCommand.of(ACME, id, DANA, MONDAY.plus(Duration.ofMinutes(i)), actions.get(i)));
    }
    return out;
  }

  void send(IncidentCommand c) {
    commands.pipeInput(IncidentTopology.key(c.tenant(), c.incidentId()), json.write(c), c.occurredAt());
  }

  IncidentState stored(IncidentId id) {
    KeyValueStore<String, String> store = driver.getKeyValueStore(IncidentTopology.INCIDENTS_STORE);
    return json.state(store.get(IncidentTopology.key(ACME, id)));
  }

  Rejection rejection(String value) {
    return reader.readValue(value, Rejection.class);
  }

  @Test
  void theMondayMorningIncidentRunsEndToEndAndItsEventsComeOutInOrder() {
    mondayMorning(MI1).forEach(this::send);
    List<KeyValue<String, String>> out = events.readKeyValuesToList();
    assertTrue(rejections.isEmpty(), "nothing refused");
    IncidentState state = stored(MI1);
    assertEquals(IncidentStatus.CLOSED, state.status());
    assertEquals(state.version(), out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(IncidentTopology.key(ACME, MI1), out.get(i).key);
      assertEquals(i + 1, reader.readValue(out.get(i).value, IncidentEvent.class).sequence());
    }
  }

  @Test
  void aRefusalGoesToTheRejectionsTopicWithItsCodeAndChangesNothing() {
    List<IncidentCommand> monday = mondayMorning(MI1);
    monday.subList(0, 3).forEach(this::send);
    events.readValuesToList();
    IncidentState before = stored(MI1);
    send(monday.get(monday.size() - 1)); // closing a candidate
    assertTrue(events.isEmpty());
    Rejection r = rejection(rejections.readValue());
    assertEquals("acme", r.tenant());
    assertEquals(MI1.value(), r.incidentId());
    assertEquals(3, r.incidentVersion());
    assertFalse(r.refusals().isEmpty());
    assertTrue(r.refusals().get(0).message().contains(MI1.value()), r.refusals().toString());
    assertEquals(before, stored(MI1));
  }

  @Test
  void aStaleExpectedVersionIsRefusedAsAVersionConflict() {
    List<IncidentCommand> monday = mondayMorning(MI1);
    monday.subList(0, 4).forEach(this::send);
    send(monday.get(4).expecting(2));
    Rejection r = rejection(rejections.readValue());
    assertEquals(ViolationCode.VERSION_CONFLICT.code(), r.refusals().get(0).code());
    assertEquals(4, stored(MI1).version());
    send(monday.get(4).expecting(4));
    assertEquals(IncidentStatus.DECLARED, stored(MI1).status());
  }

  @Test
  void malformedAndWronglyKeyedCommandsAreRejectedNotFatal() {
    commands.pipeInput(IncidentTopology.key(ACME, MI1), "{\"incidentId\": 42}", MONDAY);
    Rejection malformed = rejection(rejections.readValue());
    assertEquals(Rejection.MALFORMED_COMMAND, malformed.refusals().get(0).code());
    IncidentCommand first = mondayMorning(MI1).get(0);
    commands.pipeInput(IncidentTopology.key(ACME, MI2), json.write(first), MONDAY);
    Rejection wrongKey = rejection(rejections.readValue());
    assertEquals(Rejection.WRONG_KEY, wrongKey.refusals().get(0).code());
    assertTrue(events.isEmpty());
    send(first);
    assertEquals(1, stored(MI1).version(), "the topology goes on after them");
  }

  @Test
  void twoIncidentsInterleavedStayIndependentAndTheEventsTopicReplaysToTheStore() {
    List<IncidentCommand> a = mondayMorning(MI1);
    List<IncidentCommand> b = mondayMorning(MI2).subList(0, 7);
    for (int i = 0; i < a.size(); i++) {
      send(a.get(i));
      if (i < b.size()) {
        send(b.get(i));
      }
    }
    Map<String, List<IncidentEvent>> byKey = new LinkedHashMap<>();
    for (KeyValue<String, String> kv : events.readKeyValuesToList()) {
      byKey.computeIfAbsent(kv.key, k -> new ArrayList<>()).add(reader.readValue(kv.value, IncidentEvent.class));
    }
    assertEquals(IncidentStatus.CLOSED, stored(MI1).status());
    assertEquals(IncidentStatus.RESOLVING, stored(MI2).status());
    assertEquals(stored(MI1), IncidentDecider.replay(byKey.get(IncidentTopology.key(ACME, MI1))));
    assertEquals(stored(MI2), IncidentDecider.replay(byKey.get(IncidentTopology.key(ACME, MI2))));
    assertTrue(rejections.isEmpty());
  }

  @Test
  void theStoresChangelogHoldsWhatARestartedInstanceRebuildsEachIncidentFrom() {
    mondayMorning(MI1).forEach(this::send);
    mondayMorning(MI2).subList(0, 5).forEach(this::send);
    String changelog = "mim-test-" + IncidentTopology.INCIDENTS_STORE + "-changelog";
    assertTrue(driver.producedTopicNames().contains(changelog), driver.producedTopicNames().toString());
    Map<String, String> restored = new LinkedHashMap<>();
    for (KeyValue<String, String> kv : driver.createOutputTopic(changelog, new StringDeserializer(),
        new StringDeserializer()).readKeyValuesToList()) {
      restored.put(kv.key, kv.value); // what a restore does: the last value of each key
    }
    assertEquals(stored(MI1), json.state(restored.get(IncidentTopology.key(ACME, MI1))));
    assertEquals(stored(MI2), json.state(restored.get(IncidentTopology.key(ACME, MI2))));
  }

  @Test
  void eachTenantIsDecidedUnderItsOwnPolicies() {
    TenantId globex = TenantId.of("globex");
    PolicySet readOnly = PolicySet.custom().authorization((actor, roles, action, incident) -> false).build();
    driver.close();
    open(t -> t.equals(globex) ? readOnly : PolicySet.ofDefaults());
    IncidentCommand first = mondayMorning(MI1).get(0);
    send(first);
    send(IncidentCommand.of(globex, MI1, DANA, first.occurredAt(), first.action()));
    Rejection r = rejection(rejections.readValue());
    assertEquals("globex", r.tenant());
    assertEquals(ViolationCode.NOT_AUTHORIZED.code(), r.refusals().get(0).code());
    assertTrue(rejections.isEmpty(), "acme's command was accepted");
    assertEquals(1, stored(MI1).version());
  }

  @Test
  void aTenantResolverThatFailsRefusesTheCommandAndTheTopologyGoesOn() {
    driver.close();
    open(t -> {
      if (t.equals(TenantId.of("broken"))) {
        throw new IllegalStateException("the tenant directory is down");
      }
      return PolicySet.ofDefaults();
    });
    IncidentCommand first = mondayMorning(MI1).get(0);
    send(IncidentCommand.of(TenantId.of("broken"), MI1, DANA, first.occurredAt(), first.action()));
    Rejection r = rejection(rejections.readValue());
    assertEquals(ViolationCode.POLICY_FAILED.code(), r.refusals().get(0).code());
    send(first);
    assertEquals(1, stored(MI1).version(), "the next command is decided as usual");
  }

  @Test
  void anIncidentWhoseStoredEventsCannotBeReadRejectsItsCommandsAndTheOthersGoOn() {
    mondayMorning(MI1).subList(0, 2).forEach(this::send);
    KeyValueStore<String, String> store = driver.getKeyValueStore(IncidentTopology.INCIDENTS_STORE);
    String key = IncidentTopology.key(ACME, MI1);
    String damaged = store.get(key).replace("\"status\":\"CANDIDATE\"", "\"status\":\"CLOSED\"");
    store.put(key, damaged);
    send(mondayMorning(MI1).get(2));
    Rejection r = rejection(rejections.readValue());
    assertEquals(Rejection.STORED_INCIDENT_UNREADABLE, r.refusals().get(0).code());
    assertTrue(r.refusals().get(0).message().contains(key), r.toString());
    assertEquals(damaged, store.get(key), "the damaged entry is left as it was");
    store.put(key, "not json at all");
    send(mondayMorning(MI1).get(2));
    assertEquals(Rejection.STORED_INCIDENT_UNREADABLE, rejection(rejections.readValue()).refusals().get(0).code());
    send(mondayMorning(MI2).get(0));
    assertEquals(1, stored(MI2).version(), "another incident is decided as usual");
  }

  @Test
  void aSweepThatCannotAnswerForAnIncidentSkipsItAndALaterSweepEmitsWhatFellDueMeanwhile() {
    driver.close();
    java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
    TenantId flaky = TenantId.of("flaky");
    open(t -> {
      if (t.equals(flaky) && broken.get()) {
        throw new IllegalStateException("the tenant directory is down");
      }
      return PolicySet.ofDefaults();
    });
    for (IncidentCommand c : mondayMorning(MI1).subList(0, 6)) { // declared and mobilised by 09:05, nobody updated
      send(IncidentCommand.of(flaky, MI1, DANA, c.occurredAt(), c.action()));
    }
    due.readValuesToList();
    broken.set(true);
    send(IncidentCommand.of(ACME, MI2, DANA, MONDAY.plus(Duration.ofHours(1)), mondayMorning(MI2).get(0).action()));
    assertTrue(due.readValuesToList().isEmpty(), "nothing of the incident the sweep could not answer for");
    broken.set(false);
    send(IncidentCommand.of(ACME, MI2, DANA, MONDAY.plus(Duration.ofMinutes(62)), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.SERVICE_DESK, "we are looking"))));
    List<DueItem> later = due.readValuesToList().stream().map(v -> reader.readValue(v, DueItem.class)).toList();
    assertTrue(later.stream().anyMatch(d -> d.tenant().equals(flaky.value())
        && d.audience() != null && d.audience().equals(Audience.EXECUTIVES.name())
        && Instant.parse(d.dueAt()).isBefore(MONDAY.plus(Duration.ofHours(1)))), "owed before the failed sweep and "
        + "emitted by the next: " + later);
    send(IncidentCommand.of(ACME, MI2, DANA, MONDAY.plus(Duration.ofMinutes(64)), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.SERVICE_DESK, "still looking"))));
    List<DueItem> after = due.readValuesToList().stream().map(v -> reader.readValue(v, DueItem.class)).toList();
    for (DueItem d : after) {
      assertFalse(later.contains(d), "emitted twice once the incident was swept again: " + d);
    }
  }

  @Test
  void keysOfDifferentIncidentsNeverCollideEvenWhenTenantsHoldSlashes() {
    assertEquals("acme/MI-1", IncidentTopology.key(ACME, IncidentId.of("MI-1")));
    assertFalse(IncidentTopology.key(TenantId.of("a/b"), IncidentId.of("c"))
        .equals(IncidentTopology.key(TenantId.of("a"), IncidentId.of("b/c"))));
    assertFalse(IncidentTopology.key(TenantId.of("a\\"), IncidentId.of("b"))
        .equals(IncidentTopology.key(TenantId.of("a"), IncidentId.of("\\/b"))));
  }

  @Test
  void theStreamTimeSweepEmitsWhatFallsDueOnceWithoutReadingTheWallClock() {
    mondayMorning(MI1).subList(0, 6).forEach(this::send); // mobilised at 09:05, nobody updated
    due.readValuesToList();
    // An hour of stream time passes: another incident's first command moves it on.
    send(IncidentCommand.of(ACME, MI2, DANA, MONDAY.plus(Duration.ofHours(1)), mondayMorning(MI2).get(0).action()));
    List<DueItem> first = due.readValuesToList().stream().map(v -> reader.readValue(v, DueItem.class)).toList();
    assertFalse(first.isEmpty(), "updates owed an hour after declaration");
    for (DueItem d : first) {
      assertEquals(MI1.value(), d.incidentId(), "the candidate owes nothing yet: " + d);
      assertFalse(Instant.parse(d.dueAt()).isAfter(MONDAY.plus(Duration.ofHours(1))), d.toString());
    }
    assertTrue(first.stream().anyMatch(d -> d.type().equals(DueItem.COMMUNICATION)
        && d.audience().equals(Audience.EXECUTIVES.name())), first.toString());
    // Two more minutes: what was emitted is not emitted again for the unchanged incident.
    send(IncidentCommand.of(ACME, MI2, DANA, MONDAY.plus(Duration.ofMinutes(62)), new CommunicationAction.RecordStakeholderUpdate(
        StakeholderUpdate.of(Audience.SERVICE_DESK, "we are looking"))));
    List<DueItem> second = due.readValuesToList().stream().map(v -> reader.readValue(v, DueItem.class)).toList();
    for (DueItem d : second) {
      assertFalse(first.contains(d), "emitted twice: " + d);
    }
  }

  @Test
  void theStoreHoldsEachIncidentsSnapshotWhoseSizeDoesNotGrowWithItsHistory() {
    mondayMorning(MI1).subList(0, 6).forEach(this::send);
    KeyValueStore<String, String> store = driver.getKeyValueStore(IncidentTopology.INCIDENTS_STORE);
    String key = IncidentTopology.key(ACME, MI1);
    assertTrue(store.get(key).startsWith("{\"snapshotSchema\":1,\"state\":"), store.get(key));
    int early = 0;
    for (int i = 0; i < 300; i++) {
      send(IncidentCommand.of(ACME, MI1, DANA, MONDAY.plus(Duration.ofMinutes(10 + i)),
          new CommunicationAction.RecordStakeholderUpdate(StakeholderUpdate.of(Audience.EXECUTIVES, "update " + i))));
      early = i == 9 ? store.get(key).length() : early;
    }
    assertEquals(306, stored(MI1).version());
    assertTrue(store.get(key).length() < early + 20, "after 300 updates " + store.get(key).length()
        + " characters, after 10 " + early);
    assertTrue(rejections.isEmpty());
  }

  @Test
  void anEntryWrittenBeforeSnapshotsIsReadAndReplacedByASnapshotAtTheNextCommand() {
    List<IncidentCommand> monday = mondayMorning(MI1);
    List<IncidentEvent> history = new ArrayList<>();
    dev.mim.core.lifecycle.Incident incident = dev.mim.core.lifecycle.Incident.start();
    for (IncidentCommand c : monday.subList(0, 5)) {
      dev.mim.core.lifecycle.Incident.Step step = incident.decide(c, PolicySet.ofDefaults());
      history.addAll(step.newEvents());
      incident = step.incident();
    }
    KeyValueStore<String, String> store = driver.getKeyValueStore(IncidentTopology.INCIDENTS_STORE);
    String key = IncidentTopology.key(ACME, MI1);
    store.put(key, json.write(history)); // as the release before snapshots kept it: the events as one array
    assertEquals(incident.state(), stored(MI1));
    send(monday.get(5));
    assertTrue(rejections.isEmpty());
    assertEquals(IncidentStatus.MOBILISED, stored(MI1).status());
    assertTrue(store.get(key).startsWith("{\"snapshotSchema\":1"), store.get(key));
  }

  @Test
  void theDueIndexHoldsWhatIsOwedAndAnIncidentOwedNothingLeavesIt() {
    mondayMorning(MI1).subList(0, 5).forEach(this::send); // declared: first notices owed
    send(mondayMorning(MI2).get(0)); // a candidate owes nothing
    KeyValueStore<String, String> index = driver.getKeyValueStore(IncidentTopology.DUE_INDEX_STORE);
    DueSchedule schedule = new DueSchedule(index);
    assertTrue(schedule.entry(IncidentTopology.key(ACME, MI1)) != null, "the declared incident is indexed");
    assertEquals(null, schedule.entry(IncidentTopology.key(ACME, MI2)), "the candidate owes nothing");
    Instant declared = stored(MI1).declaredAt();
    assertEquals(declared.plus(Duration.ofMinutes(15)).toEpochMilli(),
        schedule.entry(IncidentTopology.key(ACME, MI1)).at(), "scheduled at its first notice");
    assertEquals(List.of(), schedule.dueBy(declared.plus(Duration.ofMinutes(14))));
    assertEquals(List.of(IncidentTopology.key(ACME, MI1)), schedule.dueBy(declared.plus(Duration.ofMinutes(15))));
  }
}
