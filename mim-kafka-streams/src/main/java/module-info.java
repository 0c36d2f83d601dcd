/**
 * mim-kafka-streams: mim's decider inside a Kafka Streams topology, incidents partitioned by their key.
 */
module dev.mim.kafka.streams {
  requires transitive dev.mim.core;
  // Nullness annotations for compilers and tools: optional, not needed at run time nor by a host to compile.
  requires static org.jspecify;
  requires transitive kafka.streams;
  requires transitive kafka.clients;
  requires dev.mim.jackson;
  requires tools.jackson.databind;
  requires org.slf4j;

  exports dev.mim.kafka.streams;
  // Jackson writes the records this module puts on the rejections and due topics.
  opens dev.mim.kafka.streams to tools.jackson.databind;
}
