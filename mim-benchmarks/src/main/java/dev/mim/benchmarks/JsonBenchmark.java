package dev.mim.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.MimJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * One operation writes, or reads, every event of the lifecycle benchmark's incident (from its identification to
 * its closure: {@link MimWorkflow#lifecycleEvents()}) as one JSON document each, with Jackson 2 or 3 configured as
 * the README recommends; per event is the score divided by their number.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBenchmark {

  /** Events per operation. */
  public static final int EVENTS = MimWorkflow.lifecycleEvents().size();

  /** Which Jackson generation: {@code jackson2} or {@code jackson3}. */
  @Param({"jackson2", "jackson3"})
  public String jackson;

  private List<IncidentEvent> events;
  private String[] documents;
  private Codec codec;

  /** What the benchmark asks of either generation. */
  interface Codec {
    String write(IncidentEvent event);

    IncidentEvent read(String json);
  }

  /** Jackson 2 as the README recommends: Java time module, ISO times, no coercion of scalars. */
  static Codec jackson2() {
    ObjectMapper m = com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .build();
    return new Codec() {
      @Override
      public String write(IncidentEvent event) {
        try {
          return m.writeValueAsString(event);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("Jackson 2 could not write " + event, e);
        }
      }

      @Override
      public IncidentEvent read(String json) {
        try {
          return m.readValue(json, IncidentEvent.class);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("Jackson 2 could not read " + json, e);
        }
      }
    };
  }

  /** Jackson 3 as the README recommends: mim-jackson's mapper. */
  static Codec jackson3() {
    JsonMapper m = MimJson.mapper();
    return new Codec() {
      @Override
      public String write(IncidentEvent event) {
        return m.writeValueAsString(event);
      }

      @Override
      public IncidentEvent read(String json) {
        return m.readValue(json, IncidentEvent.class);
      }
    };
  }

  /** Builds the events and their documents. */
  @Setup
  public void documents() {
    codec = jackson.equals("jackson2") ? jackson2() : jackson3();
    events = MimWorkflow.lifecycleEvents();
    documents = events.stream().map(codec::write).toArray(String[]::new);
  }

  /** Writes every event. */
  @Benchmark
  public void jsonWrite(Blackhole bh) {
    for (IncidentEvent e : events) {
      bh.consume(codec.write(e));
    }
  }

  /** Reads every event back. */
  @Benchmark
  public void jsonRead(Blackhole bh) {
    for (String d : documents) {
      bh.consume(codec.read(d));
    }
  }
}
