package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mim.core.internal.Checks;
import dev.mim.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the post-incident review found: what happened in a few sentences, the root cause or the problem record the
 * analysis was handed to, the contributing factors, and what went well and what did not. Submitting the review
 * needs a summary and a root cause or a problem record; a draft may lack them.
 *
 * <p>Build one with {@link #builder()}; every part is optional there. The timeline is not typed again: it is
 * derived from the incident's events.
 *
 * @param summary what happened, in a few sentences
 * @param rootCause the root cause, when found
 * @param problem the problem record the root-cause analysis was handed to, when it was
 * @param contributingFactors what made it worse or longer
 * @param wentWell what went well
 * @param wentBadly what did not
 */
@ValueStyle
@Value.Builder
public record ReviewFindings(@Nullable String summary, @Nullable String rootCause, @Nullable ProblemRef problem,
    List<String> contributingFactors,
    List<String> wentWell, List<String> wentBadly) implements WithReviewFindings {

  /**
   * Creates the findings.
   *
   * @throws IllegalArgumentException when a text is too long, a list is null or holds null, or an item is blank or
   *     too long; a blank summary or root cause counts as not given
   */
  public ReviewFindings {
    summary = Checks.optionalText("summary", summary);
    rootCause = Checks.optionalText("rootCause", rootCause);
    contributingFactors = Checks.texts("contributingFactors", contributingFactors);
    wentWell = Checks.texts("wentWell", wentWell);
    wentBadly = Checks.texts("wentBadly", wentBadly);
  }

  /** @return a new builder, all parts optional */
  public static ReviewFindingsBuilder builder() {
    return new ReviewFindingsBuilder();
  }

  /** @return true when a root cause is named or the analysis was handed to a problem record */
  public boolean explainsTheCause() {
    return rootCause != null || problem != null;
  }

  @JsonCreator
  private static ReviewFindings fromJson(@JsonProperty("summary") String summary,
      @JsonProperty("rootCause") String rootCause, @JsonProperty("problem") ProblemRef problem,
      @JsonProperty("contributingFactors") List<String> contributingFactors,
      @JsonProperty("wentWell") List<String> wentWell, @JsonProperty("wentBadly") List<String> wentBadly) {
    return new ReviewFindings(summary, rootCause, problem, orEmpty(contributingFactors), orEmpty(wentWell),
        orEmpty(wentBadly));
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values;
  }

  @JsonAnySetter
  private void unknownProperty(String name, Object value) {
    Checks.unknownProperty("ReviewFindings", name);
  }
}
