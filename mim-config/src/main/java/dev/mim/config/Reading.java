package dev.mim.config;

import dev.mim.core.priority.Priority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One reading of a document: typed access to its tree that records a problem, with the value's JSON Pointer, for
 * everything wrong and goes on, so that all problems are found at once. Each accessor returns null when it recorded
 * a problem; the caller skips what depends on that value.
 */
final class Reading {

  /** The durations a document may hold; the same pattern as the schema's {@code $defs/duration}. */
  static final Pattern DURATION =
      Pattern.compile("\\+?P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d{1,9})?S)?)?");

  /** The amounts a document may give as a text; the same pattern as the schema's. */
  static final Pattern AMOUNT = Pattern.compile("\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");


  private final List<DocumentProblem> problems = new ArrayList<>();

  /** @return the pointer of {@code field} in the object at {@code pointer} (RFC 6901 escapes) */
  static String at(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  /** @return the pointer of item {@code index} of the array at {@code pointer} */
  static String at(String pointer, int index) {
    return pointer + "/" + index;
  }

  List<DocumentProblem> problems() {
    return problems;
  }

  /** @return a mark of the problems so far, for {@link #cleanSince(int)} */
  int mark() {
    return problems.size();
  }

  /** @return true when no problem was recorded since {@code mark} */
  boolean cleanSince(int mark) {
    return problems.size() == mark;
  }

  void problem(String pointer, String message) {
    problems.add(new DocumentProblem(pointer, message));
  }

  /** Records that the value at {@code pointer} is not what was {@code expected}. */
  void wrong(String pointer, String expected, JsonNode was) {
    problem(pointer, expected + ", was " + shown(was));
  }

  /** The value as a problem shows it: a text as it is, anything else as JSON. */
  static String shown(JsonNode value) {
    return value.isString() ? value.asString() : value.toString();
  }

  /**
   * The object at {@code pointer}, each of its fields one of {@code known} (every other one is a problem, the object
   * is still returned); null when it is not an object.
   */
  @Nullable ObjectNode object(JsonNode node, String pointer, Set<String> known) {
    if (!node.isObject()) {
      wrong(pointer, "must be an object with the fields " + new TreeSet<>(known), node);
      return null;
    }
    ObjectNode object = (ObjectNode) node;
    for (Iterator<String> names = object.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(at(pointer, name), "is not a field here; the fields are " + new TreeSet<>(known));
      }
    }
    return object;
  }

  /** The field's value; null, with a problem, when the field is missing. */
  @Nullable JsonNode required(ObjectNode object, String pointer, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      problem(at(pointer, field), "is required");
      return null;
    }
    return value;
  }

  /** The required field's text, not blank; null, with a problem, when it is missing or not such a text. */
  @Nullable String requiredText(ObjectNode object, String pointer, String field) {
    JsonNode node = required(object, pointer, field);
    return node == null ? null : text(node, at(pointer, field));
  }

  /**
   * Adds {@code value} to {@code seen}, with a problem at {@code pointer} when it was there: a list that names a
   * {@code what} a second time.
   */
  <T> void once(Set<T> seen, T value, String pointer, String what) {
    if (!seen.add(value)) {
      problem(pointer, "names " + what + " " + value + " a second time");
    }
  }

  /** The field's true or false; {@code otherwise} when it is left out; null, with a problem, when not a boolean. */
  @Nullable Boolean flag(ObjectNode object, String pointer, String field, @Nullable Boolean otherwise) {
    JsonNode node = object.get(field);
    if (node == null && otherwise != null) {
      return otherwise;
    }
    if (node == null || !node.isBoolean()) {
      if (node == null) {
        problem(at(pointer, field), "is required");
      } else {
        wrong(at(pointer, field), "must be true or false", node);
      }
      return null;
    }
    return node.asBoolean();
  }

  /** Reads one item of a list: its value, or null when it has a problem (recorded). */
  @FunctionalInterface
  interface Item<T> {
    @Nullable T read(JsonNode item, String pointer);
  }

  /** Reads one object of a list, its fields already checked. */
  @FunctionalInterface
  interface ObjectItem<T> {
    @Nullable T read(ObjectNode item, String pointer);
  }

  /** Each item of the list at {@code pointer}, read by {@code item}; null when the list or any item has a problem. */
  <T> @Nullable List<T> list(JsonNode node, String pointer, Item<T> item) {
    ArrayNode list = array(node, pointer);
    if (list == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    int mark = mark();
    for (int i = 0; i < list.size(); i++) {
      T value = item.read(list.get(i), at(pointer, i));
      if (value != null) {
        out.add(value);
      }
    }
    return cleanSince(mark) ? out : null;
  }

  /** Each item of the list at {@code pointer}, an object with {@code fields}, read by {@code item}. */
  <T> @Nullable List<T> objects(JsonNode node, String pointer, Set<String> fields, ObjectItem<T> item) {
    return list(node, pointer, (value, at) -> {
      ObjectNode o = object(value, at, fields);
      return o == null ? null : item.read(o, at);
    });
  }

  @Nullable ArrayNode array(JsonNode node, String pointer) {
    if (!node.isArray()) {
      wrong(pointer, "must be a list", node);
      return null;
    }
    return (ArrayNode) node;
  }

  /** A text that is not blank. */
  @Nullable String text(JsonNode node, String pointer) {
    if (!node.isString() || node.asString().isBlank()) {
      wrong(pointer, "must be a text that is not blank", node);
      return null;
    }
    return node.asString();
  }

  /** A whole number from {@code min} to {@code max} ({@code 2.0} is one, as JSON Schema has it). */
  @Nullable Long integer(JsonNode node, String pointer, long min, long max) {
    BigDecimal number = node.isNumber() ? node.decimalValue().stripTrailingZeros() : null;
    if (number == null || number.scale() > 0) {
      wrong(pointer, "must be a whole number from " + min + " to " + max, node);
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      wrong(pointer, "must be from " + min + " to " + max, node);
      return null;
    }
    return number.longValueExact();
  }

  /**
   * An ISO-8601 duration of days, hours, minutes and seconds ({@code PT30M}, {@code P3D}), without signs: the form
   * {@link Duration#toString()} writes, as the document's JSON Schema has it.
   */
  @Nullable Duration duration(JsonNode node, String pointer) {
    if (node.isString()) {
      try {
        Duration d = Duration.parse(node.asString());
        if (DURATION.matcher(node.asString()).matches()) {
          return d;
        }
        if (d.isNegative()) {
          wrong(pointer, "must not be negative", node);
          return null;
        }
      } catch (DateTimeParseException e) {
        // said below
      }
    }
    wrong(pointer, "must be an ISO-8601 duration of days, hours, minutes and seconds such as PT30M or P3D", node);
    return null;
  }

  /** The required field's local time of day, {@code "09:00"}. */
  @Nullable LocalTime requiredTime(ObjectNode object, String pointer, String field) {
    JsonNode node = required(object, pointer, field);
    if (node == null) {
      return null;
    }
    if (node.isString() && node.asString().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
      return LocalTime.parse(node.asString());
    }
    wrong(at(pointer, field), "must be a local time from 00:00 to 23:59", node);
    return null;
  }

  /** A time zone id ({@code Europe/Paris}, {@code UTC}). */
  @Nullable ZoneId zone(JsonNode node, String pointer) {
    if (node.isString()) {
      try {
        return ZoneId.of(node.asString());
      } catch (java.time.DateTimeException e) {
        // said below
      }
    }
    wrong(pointer, "must be a time zone id such as Europe/Paris or UTC", node);
    return null;
  }

  /** A priority as its name: {@code P1} (the most urgent) to {@code P9}. */
  @Nullable Priority priority(JsonNode node, String pointer) {
    if (node.isString() && node.asString().matches("P[1-9]")) {
      return Priority.of(node.asString().charAt(1) - '0');
    }
    wrong(pointer, "must be a priority from P1 to P" + Priority.MAX_LEVEL, node);
    return null;
  }

  /** An amount: a number, or a decimal number as a text (to keep its exact digits). */
  @Nullable BigDecimal amount(JsonNode node, String pointer) {
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isString()) {
      try {
        BigDecimal amount = new BigDecimal(node.asString());
        if (AMOUNT.matcher(node.asString()).matches()) {
          return amount;
        }
        if (node.asString().startsWith("-")) {
          wrong(pointer, "must not be negative", node);
          return null;
        }
      } catch (NumberFormatException e) {
        // said below
      }
    }
    wrong(pointer, "must be a decimal number that is not negative, such as 1200.50", node);
    return null;
  }

  /** One of an enumeration's constants, by name. */
  <E extends Enum<E>> @Nullable E constant(JsonNode node, String pointer, Class<E> type) {
    if (node.isString()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(node.asString())) {
          return e;
        }
      }
    }
    wrong(pointer, "must be one of " + Arrays.toString(type.getEnumConstants()), node);
    return null;
  }

  /**
   * Builds a value with mim's own checks, so that the document accepts exactly what the Java API accepts: a refusal
   * ({@link IllegalArgumentException}) becomes a problem at {@code pointer} with its message.
   */
  <T> @Nullable T built(String pointer, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      problem(pointer, e.getMessage());
      return null;
    }
  }

  /**
   * Builds a value from the fields of {@code object} as {@link #built(String, Supplier)} does; a refusal whose
   * message starts with the name of one of the object's fields ({@code updateEvery must not be shorter ...}, as
   * mim's checks word them) is put at that field.
   */
  <T> @Nullable T builtFrom(ObjectNode object, String pointer, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      String field = message.split(" ", 2)[0];
      problem(object.has(field) ? at(pointer, field) : pointer, message);
      return null;
    }
  }
}
