package dev.mim.testkit.internal;

import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.PolicySet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The parameter combinations of one kind of command the explorer tries in one state. Every pick the
 * {@link ActionCatalogue} makes for the kind has a bound (its pool's size); when all combinations of them number at
 * most the budget, all are tried. Otherwise every value of every pick is still tried (the {@code i}-th of each
 * pool in the {@code i}-th variant), and the rest of the budget is drawn at random from the space.
 */
public final class ParameterSpace {

  private ParameterSpace() {}

  /**
   * @param kind the kind of command
   * @param state where the incident stands
   * @param at when the command will be decided
   * @param policies the policies it will be decided under
   * @param budget how many combinations to try when there are more; at least 1
   * @param random where the drawn combinations come from
   * @return the choices of each combination to try, never fewer than the largest pool
   */
  public static List<Choices> of(ActionKind kind, IncidentState state, Instant at, PolicySet policies, int budget,
      RandomGenerator random) {
    int[] bounds = bounds(kind, state, at, policies);
    long all = 1;
    int largest = 1;
    for (int b : bounds) {
      all = Math.min(all * b, Integer.MAX_VALUE);
      largest = Math.max(largest, b);
    }
    List<Choices> out = new ArrayList<>();
    if (all <= budget) {
      int[] digits = new int[bounds.length];
      for (long n = 0; n < all; n++) {
        out.add(Choices.of(digits));
        for (int i = digits.length - 1; i >= 0 && ++digits[i] == bounds[i]; i--) {
          digits[i] = 0;
        }
      }
      return out;
    }
    for (int v = 0; v < largest; v++) {
      out.add(Choices.variant(v));
    }
    for (int n = largest; n < budget; n++) {
      int[] digits = new int[bounds.length];
      for (int i = 0; i < bounds.length; i++) {
        digits[i] = random.nextInt(bounds[i]);
      }
      out.add(Choices.of(digits));
    }
    return out;
  }

  /** The bound of each pick the catalogue makes for {@code kind}, taking the first option of each. */
  static int[] bounds(ActionKind kind, IncidentState state, Instant at, PolicySet policies) {
    List<Integer> bounds = new ArrayList<>();
    ActionCatalogue.action(kind, state, new Choices() {
      @Override
      public int pick(int options) {
        bounds.add(options);
        return 0;
      }

      @Override
      public String required(String text) {
        return text;
      }
    }, at, policies);
    return bounds.stream().mapToInt(Integer::intValue).toArray();
  }
}
