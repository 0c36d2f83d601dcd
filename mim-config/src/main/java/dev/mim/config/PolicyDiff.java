package dev.mim.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What changes between two versions of a tenant's policy document, in words an administrator reads: one line per
 * changed value, in document order ({@code P1 executives: every 30 min -> every 15 min}, {@code verification window:
 * 24 h -> 72 h}, {@code service payments tier: 1 -> 2}). Compares the documents' normal forms, so a default written
 * out and one left out are no change. Items of a list that have a name (audiences, services, schedules, regimes) are
 * matched by name, not by place; the others (rules, layers) by place. Immutable.
 */
public final class PolicyDiff {

  /** Fields the diff leaves out: the identity of the document, said in {@link #toString()}. */
  private static final Set<String> IDENTITY = Set.of(DocumentReader.SCHEMA_FIELD, DocumentReader.ID,
      DocumentReader.VERSION);

  /** Containers whose name adds nothing to a line: {@code P1 executives}, not {@code communication plan P1 ...}. */
  private static final Set<String> SILENT =
      Set.of("communication", "plan", "services", "allow", "layers", "cells", "rules");

  /** Lists whose items are told apart by their place: a matrix's rows and cells. */
  private static final Set<String> POSITIONAL = Set.of("cells", "row");

  private static final Map<String, String> DURATION_WORDS =
      Map.of("updateEvery", "every", "firstNoticeWithin", "first notice within");

  private final PolicyDocument before;
  private final PolicyDocument after;
  private final List<String> changes;

  private PolicyDiff(PolicyDocument before, PolicyDocument after, List<String> changes) {
    this.before = before;
    this.after = after;
    this.changes = List.copyOf(changes);
  }

  /**
   * @param before the version administrators had
   * @param after the version they publish
   * @return what changes from one to the other
   * @throws IllegalArgumentException when an argument is null
   */
  public static PolicyDiff between(PolicyDocument before, PolicyDocument after) {
    if (before == null || after == null) {
      throw new IllegalArgumentException("before and after must not be null, were " + before + " and " + after);
    }
    List<String> changes = new ArrayList<>();
    compare("", "", before.normal(), after.normal(), changes);
    return new PolicyDiff(before, after, changes);
  }

  /** @return each change in words, in document order; empty when the policies are the same */
  public List<String> changes() {
    return changes;
  }

  /** @return true when nothing but the identity (id, version) changes */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** @return {@code acme v3 -> acme v4:} then one change per line, or {@code no change} */
  @Override
  public String toString() {
    return before + " -> " + after + (changes.isEmpty() ? ": no change" : ":\n  " + String.join("\n  ", changes));
  }

  private static void compare(String label, String field, JsonNode a, JsonNode b, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>(a.propertyNames());
      keys.addAll(b.propertyNames());
      for (String key : keys) {
        if (label.isEmpty() && IDENTITY.contains(key)) {
          continue;
        }
        String next = join(label, SILENT.contains(key) || DURATION_WORDS.containsKey(key) ? "" : words(key));
        JsonNode x = a.get(key);
        JsonNode y = b.get(key);
        if (x == null || y == null) {
          out.add(orDocument(next) + (x == null ? ": added " + shown(key, y) : ": removed " + shown(key, x)));
        } else {
          compare(next, key, x, y, out);
        }
      }
    } else if (a.isArray() && b.isArray() && !POSITIONAL.contains(field) && named(a) && named(b)) {
      for (String name : names(a, b)) {
        JsonNode x = byName(a, name);
        JsonNode y = byName(b, name);
        String next = join(label, name);
        if (x == null || y == null) {
          out.add(next + (x == null ? ": added" : ": removed"));
        } else {
          compare(next, field, x, y, out);
        }
      }
    } else if (a.isArray() && b.isArray() && a.size() == b.size() && !a.isEmpty()
        && (a.get(0).isContainer() || POSITIONAL.contains(field))) {
      String item = itemWord(field);
      for (int i = 0; i < a.size(); i++) {
        compare(join(label, item + " " + (i + 1)), item, a.get(i), b.get(i), out);
      }
    } else {
      out.add(orDocument(label) + ": " + shown(field, a) + " -> " + shown(field, b));
    }
  }

  private static String orDocument(String label) {
    return label.isEmpty() ? "the document" : label;
  }

  /** True when every item is an object with a name or id, or a text (a regime by name, a role, a day). */
  private static boolean named(JsonNode list) {
    for (JsonNode item : list) {
      if (name(item) == null) {
        return false;
      }
    }
    return true;
  }

  private static String name(JsonNode item) {
    if (item.isString()) {
      return item.asString();
    }
    for (String key : List.of("id", "name")) {
      if (item.path(key).isString()) {
        return item.path(key).asString();
      }
    }
    JsonNode audience = item.path("audience").path("name");
    return audience.isString() ? audience.asString() : null;
  }

  private static Set<String> names(JsonNode a, JsonNode b) {
    Set<String> names = new LinkedHashSet<>();
    a.forEach(item -> names.add(name(item)));
    b.forEach(item -> names.add(name(item)));
    return names;
  }

  private static JsonNode byName(JsonNode list, String name) {
    for (JsonNode item : list) {
      if (name.equals(name(item))) {
        return item;
      }
    }
    return null;
  }

  private static String shown(String field, JsonNode value) {
    if (value.isString()) {
      String text = value.asString();
      String words = DURATION_WORDS.get(field);
      String duration = duration(text);
      if (duration != null) {
        return words == null ? duration : words + " " + duration;
      }
      return text;
    }
    if (value.isArray() && !value.isEmpty() && !value.get(0).isContainer()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(Reading.shown(item)));
      return "[" + String.join(", ", items) + "]";
    }
    return Reading.shown(value);
  }

  /** A duration in words ({@code 1 h 30 min}, {@code 3 d}); null when the text is not a duration. */
  private static String duration(String text) {
    if (!text.startsWith("P")) { // a normal form's duration, as Duration writes it
      return null;
    }
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
    if (d.isZero()) {
      return "0 min";
    }
    List<String> parts = new ArrayList<>();
    if (d.toHours() % 24 == 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return d.toDays() + " d";
    }
    if (d.toHours() > 0) {
      parts.add(d.toHours() + " h");
    }
    if (d.toMinutesPart() > 0) {
      parts.add(d.toMinutesPart() + " min");
    }
    if (d.toSecondsPart() > 0) {
      parts.add(d.toSecondsPart() + " s");
    }
    return String.join(" ", parts);
  }

  /** {@code verificationWindow} as {@code verification window}; a key that is not a field's name as it is. */
  private static String words(String key) {
    return key.matches("[a-z][A-Za-z]*") ? key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) : key;
  }

  private static String itemWord(String field) {
    return switch (field) {
      case "rules" -> "rule";
      case "layers" -> "layer";
      case "cells" -> "row";
      case "row" -> "column";
      case "deadlines" -> "deadline";
      default -> "item";
    };
  }

  private static String join(String label, String next) {
    return label.isEmpty() ? next : next.isEmpty() ? label : label + " " + next;
  }
}
