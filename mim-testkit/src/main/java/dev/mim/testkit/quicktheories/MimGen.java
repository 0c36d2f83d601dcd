package dev.mim.testkit.quicktheories;

import dev.mim.testkit.internal.Arguments;
import dev.mim.core.lifecycle.Incident;
import dev.mim.testkit.generate.Generator;
import dev.mim.testkit.internal.Describe;
import org.quicktheories.core.Gen;

/**
 * mim's generators as QuickTheories generators, which shrink: a failing property reports the seed and the smallest
 * example QuickTheories found, an incident with its events one per line, anything else as its {@code toString}
 * prints it (a {@link dev.mim.testkit.generate.CommandSequence} one command per line).
 *
 * <pre>{@code
 * qt().withFixedSeed(42).forAll(MimGen.of(Generators.incidents(policies)))
 *     .checkAssert(incident -> assertEquals(incident.state(), IncidentDecider.replay(incident.events())));
 * }</pre>
 */
public final class MimGen {

  private MimGen() {}

  /**
   * @param generator a generator
   * @param <T> what it makes
   * @return the QuickTheories generator that draws through it
   * @throws IllegalArgumentException when {@code generator} is null
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    Arguments.notNull("generator", generator);
    Gen<T> gen = source -> generator.next(new SourceRandom(source));
    // A failing incident prints with its events: the shrunk history that shows the failure.
    return gen.describedAs(value -> value instanceof Incident incident ? Describe.incident(incident)
        : String.valueOf(value));
  }
}
