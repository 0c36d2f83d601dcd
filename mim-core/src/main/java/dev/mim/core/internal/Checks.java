package dev.mim.core.internal;

import java.time.Duration;
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

  /** A short, single-line rendering of a possibly long value, for error messages. */
  public static String show(String value) {
    String flat = value.replace('\n', ' ');
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "...";
  }
}
