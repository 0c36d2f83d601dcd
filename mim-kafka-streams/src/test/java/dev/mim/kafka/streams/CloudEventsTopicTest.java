package dev.mim.kafka.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mim.core.incident.FactKind;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.core.incident.TenantId;
import dev.mim.core.spi.PolicySet;
import dev.mim.jackson.IncidentCloudEvents;
import dev.mim.policies.escalation.EscalationPresets;
import dev.mim.testkit.generate.CommandSequence;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.generate.Generators;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** The events topic as CloudEvents (Kafka binding, binary mode), and the topics' serdes. */
class CloudEventsTopicTest {

  private static final URI SOURCE = URI.create("https://desk.example.com/mim");

  @Test
  void everyKindOfEventOnTheEventsTopicIsACloudEventTheSdkReadsWithTheEventAsData() throws Exception {
    PolicySet policies = PolicySet.custom().escalation(EscalationPresets.tiered()).build();
    IncidentTopology.Settings settings = IncidentTopology.Settings.defaults().withEventsSource(SOURCE);
    Files.createDirectories(Path.of("target"));
    Path state = Files.createTempDirectory(Path.of("target"), "kafka-state");
    Set<FactKind> seen = EnumSet.noneOf(FactKind.class);
    try (TopologyTestDriver driver = new TopologyTestDriver(IncidentTopology.build(policies, settings),
        IncidentTopologyTest.properties(state))) {
      TestInputTopic<String, IncidentCommand> commands = driver.createInputTopic(settings.commandsTopic(),
          new org.apache.kafka.common.serialization.StringSerializer(), IncidentSerdes.commands().serializer());
      // each record's value, with its headers, checked as a CloudEvent: its event's kind
      TestOutputTopic<String, FactKind> events = driver.createOutputTopic(settings.eventsTopic(),
          new StringDeserializer(), new Deserializer<FactKind>() {
            @Override
            public FactKind deserialize(String topic, byte[] data) {
              throw new AssertionError("an event's record has headers");
            }

            @Override
            public FactKind deserialize(String topic, Headers headers, byte[] data) {
              return checked(headers, data);
            }
          });
      Generator<CommandSequence> sequences = Generators.commandSequences(policies, 60);
      SplittableRandom random = new SplittableRandom(20261204L);
      for (int i = 0; i < 2_000 && seen.size() < FactKind.values().length; i++) {
        TenantId tenant = TenantId.of("t" + i); // each sequence an incident of its own
        for (IncidentCommand c : sequences.next(random).commands()) {
          IncidentCommand own = new IncidentCommand(tenant, c.incidentId(), c.actor(), c.occurredAt(),
              c.expectedVersion(), c.action());
          commands.pipeInput(IncidentTopology.key(own.tenant(), own.incidentId()), own);
        }
        seen.addAll(events.readValuesToList());
      }
    }
    assertEquals(EnumSet.allOf(FactKind.class), seen, "every kind of fact went out as a CloudEvent");
  }

  /** The kind of the event in a record of the events topic, checked as a CloudEvent the SDK reads. */
  private static FactKind checked(Headers headers, byte[] value) {
    CloudEvent read = KafkaMessageFactory.createReader(headers, value).toEvent();
    IncidentEvent event = IncidentSerdes.events().deserializer().deserialize("mim-events", value);
    assertEquals(IncidentCloudEvents.id(event), read.getId());
    assertEquals("1.0", read.getSpecVersion().toString());
    assertEquals(SOURCE, read.getSource());
    assertEquals(IncidentCloudEvents.type(event.fact().kind()), read.getType());
    assertEquals(event.incidentId().value(), read.getSubject());
    assertEquals(event.occurredAt(), read.getTime().toInstant());
    assertEquals("application/json", read.getDataContentType());
    assertEquals(IncidentCloudEvents.dataSchema(event.schemaVersion()), read.getDataSchema());
    assertEquals(event.tenant().value(), read.getExtension("tenant"));
    assertEquals(event, IncidentSerdes.events().deserializer().deserialize("mim-events", read.getData().toBytes()));
    return event.fact().kind();
  }

  @Test
  void aValueThatIsNotWhatTheTopicHoldsFailsAsKafkaSerdesFailNamingTheTopic() {
    SerializationException e = assertThrows(SerializationException.class,
        () -> IncidentSerdes.commands().deserializer().deserialize("mim-commands", "{\"nope\":1}".getBytes()));
    assertEquals(true, e.getMessage().startsWith("a record of topic mim-commands is not a IncidentCommand"),
        e.getMessage());
    assertEquals(null, IncidentSerdes.events().deserializer().deserialize("mim-events", null));
    assertThrows(IllegalArgumentException.class,
        () -> IncidentTopology.Settings.defaults().withEventsSource(URI.create("")));
  }
}
