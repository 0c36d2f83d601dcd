package dev.mim.testkit.quicktheories;

import dev.mim.testkit.generate.Generator;
import java.util.Objects;
import org.quicktheories.core.Gen;

/**
 * mim's generators as QuickTheories generators, which shrink: a failing property reports the smallest example
 * QuickTheories found, as its {@code toString} prints it.
 *
 * <pre>{@code
 * qt().forAll(MimGen.of(Generators.incidents(policies)))
 *     .checkAssert(incident -> ...);
 * }</pre>
 */
public final class MimGen {

  private MimGen() {}

  /**
   * @param generator a generator
   * @param <T> what it makes
   * @return the QuickTheories generator that draws through it
   * @throws NullPointerException when {@code generator} is null
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return source -> generator.next(new SourceRandom(source));
  }
}
