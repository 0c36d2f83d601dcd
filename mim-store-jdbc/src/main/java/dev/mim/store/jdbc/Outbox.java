package dev.mim.store.jdbc;

import dev.mim.core.incident.IncidentEvent;
import dev.mim.jackson.IncidentCloudEvents;
import dev.mim.jackson.MimJson;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The outbox rows of an append, made before its transaction and inserted in it (see V4__outbox.sql). */
final class Outbox {

  static final String AGGREGATE_TYPE = "incident";

  private static final JsonMapper JSON = MimJson.mapper();

  private Outbox() {}

  /** One event's row: its CloudEvents id, type and structured form. */
  record Row(String id, String type, String payload) {}

  /**
   * The rows of {@code events}, as CloudEvents of {@code cloudEvents} whose data are the events' {@code payloads} as
   * the append already wrote them (the JSON {@link IncidentCloudEvents#write} writes, without writing each event a
   * second time).
   */
  static List<Row> rows(IncidentCloudEvents cloudEvents, List<IncidentEvent> events, List<String> payloads) {
    List<Row> rows = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      IncidentEvent e = events.get(i);
      StringWriter json = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(json)) {
        g.writeStartObject();
        cloudEvents.attributes(e).forEach(g::writeStringProperty);
        g.writeName("data");
        g.writeRawValue(payloads.get(i));
        g.writeEndObject();
      }
      rows.add(new Row(IncidentCloudEvents.id(e), IncidentCloudEvents.type(e.fact().kind()), json.toString()));
    }
    return rows;
  }

  /** The message key of an incident's rows: {@code tenant/incident}, escaped as the CloudEvents id is. */
  static String aggregateId(String id) {
    return id.substring(0, id.lastIndexOf('/'));
  }

  static void insert(Connection c, String tenant, String incident, List<IncidentEvent> events, List<Row> rows)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO mim_outbox (id, aggregatetype, aggregateid, type,"
        + " payload, tenant, incident_id, sequence, enqueued) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
        + " nextval('mim_outbox_enqueued'))")) {
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        s.setString(1, row.id());
        s.setString(2, AGGREGATE_TYPE);
        s.setString(3, aggregateId(row.id()));
        s.setString(4, row.type());
        s.setString(5, row.payload());
        s.setString(6, tenant);
        s.setString(7, incident);
        s.setLong(8, events.get(i).sequence());
        s.addBatch();
      }
      s.executeBatch();
    }
  }
}
