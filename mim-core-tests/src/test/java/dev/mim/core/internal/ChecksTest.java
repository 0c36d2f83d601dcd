package dev.mim.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The shared checks, at their edges: what they return, and the message of what they refuse. */
class ChecksTest {

  private static String fails(Executable check) {
    return assertThrows(IllegalArgumentException.class, check).getMessage();
  }

  @Test
  void wholeNumbersAreTheIntegralTypesJsonGivesAndNothingElse() {
    assertEquals(5, Checks.wholeNumber("n", 5));
    assertEquals(5, Checks.wholeNumber("n", 5L));
    assertEquals(5, Checks.wholeNumber("n", (short) 5));
    assertEquals(5, Checks.wholeNumber("n", (byte) 5));
    BigInteger largest = BigInteger.valueOf(Long.MAX_VALUE);
    assertEquals(Long.MAX_VALUE, Checks.wholeNumber("n", largest));
    assertEquals("n must be a whole number, was 9223372036854775808",
        fails(() -> Checks.wholeNumber("n", largest.add(BigInteger.ONE))));
    assertEquals("n must be a whole number, was 1.5", fails(() -> Checks.wholeNumber("n", 1.5)));
    assertEquals("n must be a whole number, was '5'", fails(() -> Checks.wholeNumber("n", "5")));
    assertEquals("n must be a whole number, was null", fails(() -> Checks.wholeNumber("n", null)));
  }

  @Test
  void wholeIntsFitAnInt() {
    assertEquals(Integer.MAX_VALUE, Checks.wholeInt("n", (long) Integer.MAX_VALUE));
    assertEquals(Integer.MIN_VALUE, Checks.wholeInt("n", (long) Integer.MIN_VALUE));
    assertEquals("n must be a whole number between -2147483648 and 2147483647, was 2147483648",
        fails(() -> Checks.wholeInt("n", Integer.MAX_VALUE + 1L)));
    assertEquals("n must be a whole number between -2147483648 and 2147483647, was -2147483649",
        fails(() -> Checks.wholeInt("n", Integer.MIN_VALUE - 1L)));
  }

  @Test
  void longValuesAreShortenedInMessagesAfterFortyCharacters() {
    String forty = "x".repeat(40);
    assertEquals("f must be an ISO-8601 date such as 2026-12-04, was '" + forty + "'",
        fails(() -> Checks.parseDate("f", forty)));
    assertEquals("f must be an ISO-8601 date such as 2026-12-04, was '" + forty + "...'",
        fails(() -> Checks.parseDate("f", forty + "y")));
    assertEquals("a b", Checks.show("a\nb"));
  }

  @Test
  void returnedValuesAreTheValuesChecked() {
    Duration d = Duration.ofMinutes(5);
    assertEquals(d, Checks.atMost("d", d, d));
    assertEquals("d must be at most PT4M, was PT5M", fails(() -> Checks.atMost("d", d, Duration.ofMinutes(4))));
    assertEquals(3L, Checks.notNegative("v", 3L));
    assertEquals(0L, Checks.notNegative("v", 0L));
    assertEquals("v must not be negative, was -1", fails(() -> Checks.notNegative("v", -1L)));
    assertEquals("id", Checks.optionalId("i", "id"));
    assertNull(Checks.optionalId("i", null));
    Instant t = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(t, Checks.optionalInstant("t", t));
    assertNull(Checks.optionalInstant("t", null));
    assertNull(Checks.parseInstant("t", null));
    assertNull(Checks.parseDate("t", null));
  }

  @Test
  void aNullInACollectionIsNamedByItsPosition() {
    assertEquals("list must not hold null, found one at position 2",
        fails(() -> Checks.noNulls("list", Arrays.asList("a", "b", null))));
  }
}
