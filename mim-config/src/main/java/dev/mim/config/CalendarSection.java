package dev.mim.config;

import dev.mim.core.calendar.BusinessCalendar;
import dev.mim.core.calendar.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code calendar} (in {@code communication}): {@code always} (24/7, the default), or working hours: {@code zone},
 * {@code start} and {@code end} local time ({@code "09:00"}), {@code workingDays} (Monday to Friday unless told) and
 * {@code holidays} (dates in the zone). Updates marked business hours only fall due in working time.
 */
final class CalendarSection {

  static final String FIELD = "calendar";
  static final String ALWAYS = "always";
  private static final Set<String> FIELDS = Set.of("zone", "start", "end", "workingDays", "holidays");
  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

  private CalendarSection() {}

  static JsonNode defaults() {
    return JsonNodeFactory.instance.stringNode(ALWAYS);
  }

  /** Reads the calendar at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable BusinessCalendar read(JsonNode node, String at, Reading r, ObjectNode out) {
    if (node.isString() && ALWAYS.equals(node.asString())) {
      out.put(FIELD, ALWAYS);
      return BusinessCalendar.always();
    }
    if (!node.isObject()) {
      r.wrong(at, "must be \"always\" or an object with the working hours", node);
      return null;
    }
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    JsonNode zoneNode = r.required(o, at, "zone");
    ZoneId zone = zoneNode == null ? null : r.zone(zoneNode, Reading.at(at, "zone"));
    LocalTime start = r.requiredTime(o, at, "start");
    LocalTime end = r.requiredTime(o, at, "end");
    Set<DayOfWeek> days = days(o.get("workingDays"), Reading.at(at, "workingDays"), r);
    Set<LocalDate> holidays = holidays(o.get("holidays"), Reading.at(at, "holidays"), r);
    if (zone == null || start == null || end == null || days == null || holidays == null) {
      return null;
    }
    WorkingHours hours = r.builtFrom(o, at, () -> new WorkingHours(zone, start, end, days, holidays));
    if (hours != null) {
      ObjectNode normal = out.putObject(FIELD).put("zone", zone.getId()).put("start", start.toString())
          .put("end", end.toString());
      ArrayNode dayList = normal.putArray("workingDays");
      hours.workingDays().forEach(d -> dayList.add(d.name()));
      ArrayNode dateList = normal.putArray("holidays");
      hours.holidays().forEach(d -> dateList.add(d.toString()));
    }
    return hours;
  }

  static @Nullable Set<DayOfWeek> days(@Nullable JsonNode node, String at, Reading r) {
    if (node == null) {
      return WEEKDAYS;
    }
    return daysOf(node, at, r);
  }

  /** A list of days of the week, each once. */
  static @Nullable Set<DayOfWeek> daysOf(JsonNode node, String at, Reading r) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    List<DayOfWeek> list = r.list(node, at, (item, itemAt) -> {
      DayOfWeek d = r.constant(item, itemAt, DayOfWeek.class);
      if (d != null) {
        r.once(days, d, itemAt, "day");
      }
      return d;
    });
    return list == null ? null : days;
  }

  private static @Nullable Set<LocalDate> holidays(@Nullable JsonNode node, String at, Reading r) {
    if (node == null) {
      return Set.of();
    }
    Set<LocalDate> dates = new TreeSet<>();
    List<LocalDate> list = r.list(node, at, (item, itemAt) -> {
      LocalDate date = null;
      if (item.isString() && item.asString().matches("\\d{4}-\\d\\d-\\d\\d")) {
        try {
          date = LocalDate.parse(item.asString());
        } catch (DateTimeParseException e) {
          // said below
        }
      }
      if (date == null) {
        r.wrong(itemAt, "must be a date such as 2026-12-25", item);
      }
      if (date != null) {
        r.once(dates, date, itemAt, "holiday");
      }
      return date;
    });
    return list == null ? null : dates;
  }
}
