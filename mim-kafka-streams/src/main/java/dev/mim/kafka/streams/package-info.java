/**
 * mim on Kafka Streams: {@link dev.mim.kafka.streams.IncidentTopology} builds a topology that reads commands keyed
 * by incident, decides each against the incident's snapshot held in a state store, and writes the events, the
 * rejections ({@link dev.mim.kafka.streams.Rejection}) and, on a stream-time punctuation that reads only the
 * incidents its due index has due, the communication and escalation items that fall due
 * ({@link dev.mim.kafka.streams.DueItem}).
 */
@NullMarked
package dev.mim.kafka.streams;

import org.jspecify.annotations.NullMarked;
