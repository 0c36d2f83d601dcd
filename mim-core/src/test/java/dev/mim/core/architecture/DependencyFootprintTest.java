package dev.mim.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mim.core.lifecycle.IncidentDecider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * mim-core's run-time class path is slf4j-api and jackson-annotations: a lifecycle decided in a class loader that
 * holds mim-core and those two jars, and nothing else of the build (no Immutables, no Jackson databind, no SLF4J
 * binding), reaches CLOSED.
 */
class DependencyFootprintTest {

  @Test
  void theCoreDecidesAFullLifecycleWithOnlyItsTwoRunTimeDependencies() throws Exception {
    URL[] path = {
        location(IncidentDecider.class), // mim-core's classes
        location(Logger.class),          // slf4j-api
        location(JsonCreator.class)      // jackson-annotations
    };
    String verbosity = System.getProperty("slf4j.internal.verbosity");
    System.setProperty("slf4j.internal.verbosity", "ERROR"); // no provider on purpose: keep SLF4J's notice quiet
    try (URLClassLoader alone = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class, () -> alone.loadClass("org.immutables.value.Value"));
      assertThrows(ClassNotFoundException.class,
          () -> alone.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
      assertThrows(ClassNotFoundException.class, () -> alone.loadClass("dev.mim.core.logging.RecordingLogs"));
      assertThrows(ClassNotFoundException.class, () -> alone.loadClass("org.jspecify.annotations.Nullable"),
          "the nullness annotations are for compilers and tools, not needed at run time");
      Class<?> driver = new DriverLoader(alone).driver();
      @SuppressWarnings("unchecked")
      Supplier<String> lifecycle = (Supplier<String>) driver.getDeclaredConstructor().newInstance();
      assertEquals("CLOSED", lifecycle.get());
    } finally {
      if (verbosity == null) {
        System.clearProperty("slf4j.internal.verbosity");
      } else {
        System.setProperty("slf4j.internal.verbosity", verbosity);
      }
    }
  }

  /** Defines the driver alone (not the test classes beside it, which hold the tests' SLF4J binding). */
  private static final class DriverLoader extends ClassLoader {
    DriverLoader(ClassLoader parent) {
      super(parent);
    }

    Class<?> driver() throws IOException {
      String file = FootprintDriver.class.getName().replace('.', '/') + ".class";
      try (InputStream in = DependencyFootprintTest.class.getClassLoader().getResourceAsStream(file)) {
        byte[] bytes = in.readAllBytes();
        return defineClass(FootprintDriver.class.getName(), bytes, 0, bytes.length);
      }
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
