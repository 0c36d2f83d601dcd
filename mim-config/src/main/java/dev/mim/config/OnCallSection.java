package dev.mim.config;

import dev.mim.core.people.Actor;
import dev.mim.policies.oncall.OnCallRoster;
import dev.mim.policies.oncall.OnCallSchedule;
import dev.mim.policies.oncall.OnCallSchedule.Layer;
import dev.mim.policies.oncall.OnCallSchedule.Restriction;
import dev.mim.policies.oncall.OnCallSchedule.ScheduleOverride;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code onCall}: the on-call schedules escalation targets name ({@code onCall: <schedule>}). Each has a {@code
 * name}, {@code layers} (each a rotation: {@code name}, {@code zone}, {@code start} local date-time, {@code turn} a
 * duration of at least a minute, the {@code people} in turn, and optional {@code restrictions}, each {@code days},
 * {@code from}, {@code to}) and optional {@code overrides} ({@code person}, {@code from}, {@code until}, instants, and
 * {@code coveringFor}, whose turn a cover or a swap takes).
 * None unless told.
 */
final class OnCallSection {

  static final String FIELD = "onCall";
  private static final Set<String> FIELDS = Set.of("name", "layers", "overrides");
  private static final Set<String> LAYER_FIELDS = Set.of("name", "zone", "start", "turn", "people", "restrictions");
  private static final Set<String> RESTRICTION_FIELDS = Set.of("days", "from", "to");
  private static final Set<String> OVERRIDE_FIELDS = Set.of("person", "from", "until", "coveringFor");

  private OnCallSection() {}

  /** Reads the list at {@code at} into {@code out}; the roster, or null when it has problems. */
  static @Nullable OnCallRoster read(JsonNode node, String at, Reading r, ObjectNode out) {
    Set<String> names = new HashSet<>();
    List<OnCallSchedule> schedules = r.objects(node, at, FIELDS, (o, itemAt) -> {
      OnCallSchedule s = schedule(o, itemAt, r);
      if (s != null) {
        r.once(names, s.name(), Reading.at(itemAt, "name"), "schedule");
      }
      return s;
    });
    if (schedules == null) {
      return null;
    }
    ArrayNode normal = out.putArray(FIELD);
    schedules.forEach(s -> write(s, normal.addObject()));
    return OnCallRoster.of(schedules);
  }

  private static @Nullable OnCallSchedule schedule(ObjectNode o, String at, Reading r) {
    String name = r.requiredText(o, at, "name");
    JsonNode layersNode = r.required(o, at, "layers");
    List<Layer> layers = layersNode == null ? null
        : r.objects(layersNode, Reading.at(at, "layers"), LAYER_FIELDS, (x, xAt) -> layer(x, xAt, r));
    JsonNode overridesNode = o.get("overrides");
    List<ScheduleOverride> overrides = overridesNode == null ? List.of()
        : r.objects(overridesNode, Reading.at(at, "overrides"), OVERRIDE_FIELDS, (x, xAt) -> override(x, xAt, r));
    if (name == null || layers == null || overrides == null) {
      return null;
    }
    return r.builtFrom(o, at, () -> new OnCallSchedule(name, layers, overrides));
  }

  private static @Nullable Layer layer(ObjectNode o, String at, Reading r) {
    String name = r.requiredText(o, at, "name");
    JsonNode zoneNode = r.required(o, at, "zone");
    ZoneId zone = zoneNode == null ? null : r.zone(zoneNode, Reading.at(at, "zone"));
    LocalDateTime start = localDateTime(o, at, "start", r);
    JsonNode turnNode = r.required(o, at, "turn");
    Duration turn = turnNode == null ? null : r.duration(turnNode, Reading.at(at, "turn"));
    JsonNode peopleNode = r.required(o, at, "people");
    List<Actor> people = peopleNode == null ? null : people(peopleNode, Reading.at(at, "people"), r);
    JsonNode restrictionsNode = o.get("restrictions");
    List<Restriction> restrictions = restrictionsNode == null ? List.of()
        : r.objects(restrictionsNode, Reading.at(at, "restrictions"), RESTRICTION_FIELDS,
            (x, xAt) -> restriction(x, xAt, r));
    if (name == null || zone == null || start == null || turn == null || people == null || restrictions == null) {
      return null;
    }
    return r.builtFrom(o, at, () -> new Layer(name, zone, start, turn, people, restrictions));
  }

  private static @Nullable Restriction restriction(ObjectNode o, String at, Reading r) {
    JsonNode daysNode = r.required(o, at, "days");
    Set<DayOfWeek> days = daysNode == null ? null : CalendarSection.daysOf(daysNode, Reading.at(at, "days"), r);
    LocalTime from = r.requiredTime(o, at, "from");
    LocalTime to = r.requiredTime(o, at, "to");
    if (days == null || from == null || to == null) {
      return null;
    }
    return r.builtFrom(o, at, () -> new Restriction(days, from, to));
  }

  private static @Nullable ScheduleOverride override(ObjectNode o, String at, Reading r) {
    String person = r.requiredText(o, at, "person");
    Actor actor = person == null ? null : r.built(Reading.at(at, "person"), () -> Actor.of(person));
    Instant from = instant(o, at, "from", r);
    Instant until = instant(o, at, "until", r);
    JsonNode coveringNode = o.get("coveringFor");
    String covering = coveringNode == null || coveringNode.isNull() ? null
        : r.text(coveringNode, Reading.at(at, "coveringFor"));
    Actor coveringFor = covering == null ? null
        : r.built(Reading.at(at, "coveringFor"), () -> Actor.of(covering));
    if (actor == null || from == null || until == null
        || coveringNode != null && !coveringNode.isNull() && coveringFor == null) {
      return null;
    }
    return r.builtFrom(o, at, () -> new ScheduleOverride(actor, from, until, coveringFor));
  }

  private static @Nullable List<Actor> people(JsonNode node, String at, Reading r) {
    return r.list(node, at, (item, itemAt) -> {
      String name = r.text(item, itemAt);
      return name == null ? null : r.built(itemAt, () -> Actor.of(name));
    });
  }

  private static @Nullable LocalDateTime localDateTime(ObjectNode o, String at, String field, Reading r) {
    JsonNode node = r.required(o, at, field);
    if (node == null) {
      return null;
    }
    if (node.isString() && node.asString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d")) {
      try {
        return LocalDateTime.parse(node.asString());
      } catch (DateTimeParseException e) {
        // said below
      }
    }
    r.wrong(Reading.at(at, field), "must be a local date and time such as 2026-11-02T09:00", node);
    return null;
  }

  private static @Nullable Instant instant(ObjectNode o, String at, String field, Reading r) {
    JsonNode node = r.required(o, at, field);
    if (node == null) {
      return null;
    }
    if (node.isString() && node.asString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z")) {
      try {
        return Instant.parse(node.asString());
      } catch (DateTimeParseException e) {
        // said below
      }
    }
    r.wrong(Reading.at(at, field), "must be an instant in UTC such as 2026-12-24T18:00:00Z", node);
    return null;
  }

  private static void write(OnCallSchedule s, ObjectNode n) {
    n.put("name", s.name());
    ArrayNode layers = n.putArray("layers");
    for (Layer l : s.layers()) {
      ObjectNode layer = layers.addObject().put("name", l.name()).put("zone", l.zone().getId())
          .put("start", l.start().toString()).put("turn", l.turn().toString());
      ArrayNode people = layer.putArray("people");
      l.people().forEach(p -> people.add(p.value()));
      ArrayNode restrictions = layer.putArray("restrictions");
      for (Restriction x : l.restrictions()) {
        ObjectNode restriction = restrictions.addObject();
        ArrayNode days = restriction.putArray("days");
        x.days().stream().sorted().forEach(d -> days.add(d.name()));
        restriction.put("from", x.from().toString()).put("to", x.to().toString());
      }
    }
    ArrayNode overrides = n.putArray("overrides");
    for (ScheduleOverride x : s.overrides()) {
      overrides.addObject().put("person", x.person().value()).put("from", x.from().toString())
          .put("until", x.until().toString())
          .put("coveringFor", x.coveringFor() == null ? null : x.coveringFor().value());
    }
  }
}
