package dev.mim.kafka.streams.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.IncidentStatus;
import dev.mim.core.incident.MaintenanceAction;
import dev.mim.core.incident.TenantId;
import dev.mim.core.lifecycle.IncidentDecider;
import dev.mim.core.people.Actor;
import dev.mim.core.spi.PolicySet;
import dev.mim.jackson.MimJson;
import dev.mim.kafka.streams.IncidentTopology;
import dev.mim.kafka.streams.MondayMorning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topology on a real Kafka broker (KRaft, in this JVM, no Docker), two instances under exactly-once: one is
 * stopped mid-stream, and the other takes its partitions over, restoring the incidents from the changelog.
 */
class RealBrokerTest {

  private static final IncidentTopology.Settings SETTINGS = IncidentTopology.Settings.defaults();
  private static final TenantId ACME = MondayMorning.ACME;
  private static final Actor DANA = MondayMorning.DANA;
  private static final Instant MONDAY = MondayMorning.MONDAY;
  private static final List<IncidentId> INCIDENTS =
      List.of(IncidentId.of("MI-1"), IncidentId.of("MI-2"), IncidentId.of("MI-3"), IncidentId.of("MI-4"));
  private static final JsonMapper JSON = MimJson.mapper();

  private static KafkaClusterTestKit broker;

  @BeforeAll
  static void start() throws Exception {
    broker = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1)
        .setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .build();
    broker.format();
    broker.startup();
    broker.waitForReadyBrokers();
    try (Admin admin = broker.admin()) {
      admin.createTopics(List.of(SETTINGS.commandsTopic(), SETTINGS.eventsTopic(), SETTINGS.rejectionsTopic(),
          SETTINGS.dueTopic()).stream().map(t -> new NewTopic(t, 2, (short) 1)).toList()).all().get();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    broker.close();
  }

  /** Identified, declared and mobilised (6 commands), then resolved to restoration and under review (4 more). */
  private static List<IncidentCommand> commands(IncidentId id) {
    List<Action> actions = MondayMorning.actions().subList(0, 10);
    List<IncidentCommand> out = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      // The last four come two hours later: stream time moves on and the sweep finds the updates owed.
      Instant at = MONDAY.plus(Duration.ofMinutes(i)).plus(i < 6 ? Duration.ZERO : Duration.ofHours(2));
      out.add(IncidentCommand.of(ACME, id, DANA, at, actions.get(i)));
    }
    return out;
  }

  private static KafkaStreams instance() throws Exception {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "mim-broker-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    Files.createDirectories(Path.of("target"));
    p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory(Path.of("target"), "kafka-state").toString());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    KafkaStreams streams = new KafkaStreams(IncidentTopology.build(PolicySet.ofDefaults(), SETTINGS), p);
    streams.start();
    return streams;
  }

  private static void send(KafkaProducer<String, String> producer, IncidentCommand c) throws Exception {
    producer.send(new ProducerRecord<>(SETTINGS.commandsTopic(), null, c.occurredAt().toEpochMilli(),
        IncidentTopology.key(c.tenant(), c.incidentId()), JSON.writeValueAsString(c))).get();
  }

  /** Reads {@code topic} from the start, committed records only, until it holds {@code count} or time runs out. */
  private static List<ConsumerRecord<String, String>> read(String topic, int count, Duration within) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
        new StringDeserializer())) {
      c.subscribe(List.of(topic));
      long end = System.nanoTime() + within.toNanos();
      while (out.size() < count && System.nanoTime() < end) {
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      c.poll(Duration.ofMillis(500)).forEach(out::add); // and nothing more: a duplicate would show here
    }
    return out;
  }

  @Test
  void anInstanceStoppedMidStreamIsTakenOverWithoutAGapOrADuplicateUnderExactlyOnce() throws Exception {
    KafkaStreams first = instance();
    KafkaStreams second = instance();
    Properties producerProps = new Properties();
    producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps, new StringSerializer(),
        new StringSerializer())) {
      for (IncidentId id : INCIDENTS) {
        for (IncidentCommand c : commands(id).subList(0, 6)) {
          send(producer, c);
        }
      }
      assertEquals(24, read(SETTINGS.eventsTopic(), 24, Duration.ofSeconds(90)).size(), "mobilised, on both");
      // Stopped, leaving the group at once: the other instance takes its partitions and restores its incidents.
      first.close(CloseOptions.timeout(Duration.ofSeconds(30))
          .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
      for (IncidentId id : INCIDENTS) {
        for (IncidentCommand c : commands(id).subList(6, 10)) {
          send(producer, c);
        }
        // Refused: the review is not completed. The restored state says so.
        send(producer, IncidentCommand.of(ACME, id, DANA, MONDAY.plus(Duration.ofHours(3)),
            new MaintenanceAction.Close(null)));
      }
      List<ConsumerRecord<String, String>> events = read(SETTINGS.eventsTopic(), 40, Duration.ofSeconds(120));
      assertEquals(40, events.size(), "every command stored once: none lost, none twice");
      Map<String, List<IncidentEvent>> byKey = new HashMap<>();
      for (ConsumerRecord<String, String> r : events) {
        byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(JSON.readValue(r.value(), IncidentEvent.class));
      }
      for (IncidentId id : INCIDENTS) {
        List<IncidentEvent> history = byKey.get(IncidentTopology.key(ACME, id));
        for (int i = 0; i < history.size(); i++) {
          assertEquals(i + 1, history.get(i).sequence(), "versions continue without a gap: " + id);
        }
        assertEquals(IncidentStatus.IN_REVIEW, IncidentDecider.replay(history).status(), id.value());
      }
      List<ConsumerRecord<String, String>> rejections = read(SETTINGS.rejectionsTopic(), 4, Duration.ofSeconds(30));
      assertEquals(4, rejections.size(), "each refused close is one rejection");
      assertTrue(rejections.stream().allMatch(r -> r.value().contains("review-not-completed")),
          rejections.toString());
      assertFalse(read(SETTINGS.dueTopic(), 1, Duration.ofSeconds(30)).isEmpty(), "due items still flow");
    } finally {
      second.close(Duration.ofSeconds(30));
      first.close(Duration.ofSeconds(1));
    }
  }
}
