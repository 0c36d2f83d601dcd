package dev.mim.benchmarks;

import dev.mim.core.escalation.Escalation;
import dev.mim.core.incident.EscalationCondition;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IdentificationAction;
import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.TenantId;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.PolicySet;
import dev.mim.kafka.streams.IncidentTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Kafka Streams topology in Kafka's test driver (no broker; RocksDB stores on disk, as deployed):
 * {@code command} decides one stakeholder update on an incident that already has {@code history} events;
 * {@code sweep} moves stream time on by one sweep period over {@code incidents} stored candidates of which the same
 * 100 have an escalation due at every minute (the others owe nothing), so the sweep emits 100 items.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KafkaTopologyBenchmark {

  private static final int DUE = 100;
  private static final IncidentTopology.Settings SETTINGS = IncidentTopology.Settings.defaults();
  private static final JsonMapper JSON = dev.mim.jackson.MimJson.mapper();

  /** One topology in the test driver, its stores in a directory of their own. */
  abstract static class Driven {

    private Path stateDir;
    TopologyTestDriver driver;
    TestInputTopic<String, String> commands;
    TestOutputTopic<String, String> due;

    void open(PolicySet policies, IncidentTopology.StateStores stores) throws IOException {
      stateDir = Files.createTempDirectory("mim-kafka-bench");
      Properties props = new Properties();
      props.put(StreamsConfig.APPLICATION_ID_CONFIG, "mim-bench");
      props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
      props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
      driver = new TopologyTestDriver(IncidentTopology.build(policies, SETTINGS.withStores(stores)), props);
      commands = driver.createInputTopic(SETTINGS.commandsTopic(), new StringSerializer(), new StringSerializer());
      due = driver.createOutputTopic(SETTINGS.dueTopic(), new StringDeserializer(), new StringDeserializer());
    }

    void send(IncidentCommand c) {
      commands.pipeInput(IncidentTopology.key(TenantId.DEFAULT, c.incidentId()), JSON.writeValueAsString(c),
          c.occurredAt());
    }

    /** Closes the driver and deletes its stores. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
      driver.close();
      try (Stream<Path> files = Files.walk(stateDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  /** An incident with {@code history} events. */
  @State(Scope.Thread)
  public static class WithHistory extends Driven {

    /**
     * Where the stores keep their data. In memory: the test driver commits, so flushes a persistent store to
     * disk, after every record, which a deployed topology does once per commit interval.
     */
    @Param({"IN_MEMORY"})
    public IncidentTopology.StateStores stores;

    /** Events stored before the first command measured. */
    @Param({"10", "10000"})
    public int history;

    long next;

    /** Stores the history. */
    @Setup(Level.Trial)
    public void store() throws IOException {
      open(MimWorkflow.POLICIES, stores);
      for (long i = 0; i < history; i++) {
        send(Databases.command(MimWorkflow.MI, i));
      }
      next = history;
    }
  }

  /** {@code incidents} candidates, of which every (incidents / 100)-th has an escalation due at every minute. */
  @State(Scope.Thread)
  public static class Swept extends Driven {

    /**
     * Where the stores keep their data. In memory: the test driver commits, so flushes a persistent store to
     * disk, after every record, which a deployed topology does once per commit interval.
     */
    @Param({"IN_MEMORY"})
    public IncidentTopology.StateStores stores;

    /** Incidents stored. */
    @Param({"1000", "100000"})
    public int incidents;

    Instant streamTime;

    /**
     * The incidents named {@code DUE-*} owe an escalation that fell due at the start of the minute asked about,
     * and the next one a minute later; the others owe nothing.
     */
    private static PolicySet policies() {
      return PolicySet.custom().escalation((state, at) -> {
        if (state.id() == null || !state.id().value().startsWith("DUE-")) {
          return List.of();
        }
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        List<EscalationTarget> targets = List.of(EscalationTarget.role(Role.MAJOR_INCIDENT_MANAGER));
        return List.of(new Escalation(EscalationCondition.NOT_VALIDATED, 1, targets, "every minute", minute, false),
            new Escalation(EscalationCondition.NOT_VALIDATED, 2, targets, "every minute",
                minute.plus(Duration.ofMinutes(1)), false));
      }).build();
    }

    /** Stores the incidents. */
    @Setup(Level.Trial)
    public void store() throws IOException {
      open(policies(), stores);
      for (int i = 0; i < incidents; i++) {
        IncidentId id = IncidentId.of((i % (incidents / DUE) == 0 ? "DUE-" : "MI-") + i);
        send(IncidentCommand.of(id, MimWorkflow.AMY, MimWorkflow.T0, new IdentificationAction.Identify(
            IdentificationSource.SERVICE_DESK_VOLUME, Set.of(ServiceId.of("intranet")), Impact.LOW, Urgency.LOW,
            "slow intranet")));
      }
      streamTime = MimWorkflow.T0.plus(Duration.ofMinutes(5));
      due.readValuesToList();
    }
  }

  /** One stakeholder update decided and stored on the incident with the history. */
  @Benchmark
  public long command(WithHistory s) {
    s.send(Databases.command(MimWorkflow.MI, s.next++));
    return s.next;
  }

  /** One sweep period of stream time: the sweep emits the 100 escalations due. */
  @Benchmark
  public int sweep(Swept s) {
    s.streamTime = s.streamTime.plus(SETTINGS.sweepEvery());
    // A record that is not a command: rejected at once, it moves stream time on and the sweep runs.
    s.commands.pipeInput(IncidentTopology.key(TenantId.DEFAULT, IncidentId.of("TICK")), "tick", s.streamTime);
    int emitted = s.due.readValuesToList().size();
    if (emitted != DUE) {
      throw new IllegalStateException("a sweep must emit " + DUE + " items, emitted " + emitted);
    }
    return emitted;
  }
}
