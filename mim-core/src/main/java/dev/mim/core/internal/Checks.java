package dev.mim.core.internal;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;

/**
 * Argument checks shared by mim-core's value types. Every failure is an {@link IllegalArgumentException}
 * whose message names the field and shows the offending value, so that a host sees at once what to fix.
 * Not part of the API.
 */
public final class Checks {

  /** Longest identifier accepted anywhere in mim (incident ids, actors, groups, changes, ...). */
  public static final int MAX_ID_LENGTH = 128;

  /** Longest free text accepted anywhere in mim (summaries, reasons, briefings, plans, ...). */
  public static final int MAX_TEXT_LENGTH = 4000;

  private static final int SHOWN = 40;

  private Checks() {}

  /** Returns {@code value}, or throws naming {@code field} when it is null. */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /** Returns {@code value} when it is a usable identifier: not null, not blank, at most {@link #MAX_ID_LENGTH}. */
  public static String id(String field, String value) {
    return bounded(field, value, MAX_ID_LENGTH);
  }

  /** Returns {@code value} when it is a usable text: not null, not blank, at most {@link #MAX_TEXT_LENGTH}. */
  public static String text(String field, String value) {
    return bounded(field, value, MAX_TEXT_LENGTH);
  }

  /**
   * Returns {@code value} when it is a usable text, or null when it is not given (null or blank): for optional
   * texts and for the texts the practice requires, whose absence the decider refuses as a business rule.
   */
  public static String optionalText(String field, String value) {
    return value == null || value.isBlank() ? null : text(field, value);
  }

  /** Returns {@code value} when it is null or a usable identifier; for optional ids. */
  public static String optionalId(String field, String value) {
    return value == null ? null : id(field, value);
  }

  private static String bounded(String field, String value, int max) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          field + " must be at most " + max + " characters, was " + value.length() + " ('" + show(value) + "')");
    }
    return value;
  }

  /** Returns {@code value} when it is strictly positive. */
  public static Duration positive(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive, was " + value);
    }
    return value;
  }

  /** Returns {@code value} when it is zero or positive. */
  public static Duration notNegative(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
    return value;
  }

  /** Returns {@code value} when it is at most {@code max}. */
  public static Duration atMost(String field, Duration value, Duration max) {
    if (value.compareTo(max) > 0) {
      throw new IllegalArgumentException(field + " must be at most " + max + ", was " + value);
    }
    return value;
  }

  /** Returns {@code value} when it lies in {@code [min, max]}. */
  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** Returns {@code value} when it is not negative. */
  public static long notNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
    return value;
  }

  /** Returns {@code values} when it is not null, holds no null and has at least one element. */
  public static <C extends Collection<?>> C notEmpty(String field, C values) {
    noNulls(field, values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return values;
  }

  /** Returns {@code values} when it is not null and holds no null. */
  public static <C extends Collection<?>> C noNulls(String field, C values) {
    notNull(field, values);
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new IllegalArgumentException(field + " must not hold null, found one at position " + i);
      }
      i++;
    }
    return values;
  }

  /**
   * Returns an unmodifiable copy of {@code values} when it is not null and each element is a text that is not blank
   * and not too long; a bad element is named with its index ({@code field[2]}).
   */
  public static java.util.List<String> texts(String field, java.util.List<String> values) {
    noNulls(field, values);
    for (int i = 0; i < values.size(); i++) {
      text(field + "[" + i + "]", values.get(i));
    }
    return java.util.List.copyOf(values);
  }

  /** The earliest instant mim accepts from a host: 1970-01-01T00:00:00Z. */
  public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

  /** The latest instant mim accepts from a host: the last instant of the year 9999. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /**
   * Returns {@code value} when it is an instant mim accepts: not null, from {@link #EARLIEST} to {@link #LATEST}.
   * Bounding host instants keeps every computation on them (a deadline, a snooze's end) far from overflow.
   */
  public static Instant instant(String field, Instant value) {
    notNull(field, value);
    if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
      throw new IllegalArgumentException(field + " must be between " + EARLIEST + " and " + LATEST + ", was " + value);
    }
    return value;
  }

  /** As {@link #instant}, for an optional instant (null passes). */
  public static Instant optionalInstant(String field, Instant value) {
    return value == null ? null : instant(field, value);
  }

  /** Parses an instant given as JSON text, in ISO-8601 form such as {@code 2026-11-23T09:00:00Z}. */
  public static Instant parseInstant(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return instant(field, Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be an ISO-8601 instant such as 2026-11-23T09:00:00Z, was '"
          + show(text) + "'", e);
    }
  }

  /** Parses a date given as JSON text, in ISO-8601 form such as {@code 2026-12-04}. */
  public static LocalDate parseDate(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be an ISO-8601 date such as 2026-12-04, was '" + show(text)
          + "'", e);
    }
  }

  /** Returns a JSON number that must be a whole number, as a long; a fraction, text or anything else is refused. */
  public static long wholeNumber(String field, Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big && big.bitLength() < 64) {
      return big.longValue();
    }
    throw new IllegalArgumentException(field + " must be a whole number, was "
        + (value instanceof String text ? "'" + show(text) + "'" : String.valueOf(value)));
  }

  /** As {@link #wholeNumber}, for an int. */
  public static int wholeInt(String field, Object value) {
    long n = wholeNumber(field, value);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(field + " must be a whole number between " + Integer.MIN_VALUE + " and "
          + Integer.MAX_VALUE + ", was " + n);
    }
    return (int) n;
  }

  /** Returns the constant of {@code type} named exactly {@code name}, as JSON must give it. */
  public static <E extends Enum<E>> E named(Class<E> type, String field, String name) {
    notNull(field, name);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(field + " must be one of " + Arrays.toString(type.getEnumConstants())
        + ", was '" + show(name) + "'");
  }

  /** Refuses a property JSON gave that the type does not have (a misspelt or unknown field). */
  public static void unknownProperty(String type, String name) {
    throw new IllegalArgumentException(type + " has no property '" + show(String.valueOf(name)) + "'");
  }

  /** A short, single-line rendering of a possibly long value, for error messages. */
  public static String show(String value) {
    String flat = value.replace('\n', ' ');
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "...";
  }
}
