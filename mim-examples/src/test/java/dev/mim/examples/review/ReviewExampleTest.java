package dev.mim.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.metrics.DowntimeCost;
import dev.mim.core.metrics.IncidentMetrics;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewExampleTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theMondayMorningExampleCostsWhatThePracticeComputesByHand() {
    IncidentMetrics m = IncidentMetrics.measure(ReviewExample.incident().events(),
        Instant.parse("2026-11-23T18:00:00Z"), ReviewExample.policies().communication());
    assertEquals(Duration.ofHours(2).plusMinutes(35), m.outageTotal());
    assertEquals(Duration.ofMinutes(12), m.timeToDeclare());
    assertEquals(new BigDecimal("25833.33"), DowntimeCost.of(m, ReviewExample.policies().serviceCatalogue()).total());
  }

  @Test
  void theReadmeShowsTheRenderedReviewAndTheCodeThatRendersIt() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String rendered = ReviewExample.render();
    assertTrue(readme.contains("````markdown\n" + rendered + "````\n"), "README.md must show:\n" + rendered);
    String source = Files.readString(ROOT.resolve("mim-examples/src/main/java/dev/mim/examples/review/"
        + "ReviewExample.java"), StandardCharsets.UTF_8);
    int start = source.indexOf("// readme:begin\n") + "// readme:begin\n".length();
    String quoted = source.substring(start, source.indexOf("// readme:end", start)).stripIndent();
    assertTrue(readme.contains("```java\n" + quoted + "```\n"), "README.md must quote:\n" + quoted);
  }
}
