package dev.mim.config;

import java.util.List;

/**
 * A policy document that cannot be read: every problem found in it, not only the first. Nothing of the document is
 * used. Its message lists the problems one per line; it carries no cause, so that a host shows the problems, not a
 * stack trace of mim's reader.
 */
public final class InvalidPolicyDocumentException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<DocumentProblem> problems;

  InvalidPolicyDocumentException(List<DocumentProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** @return every problem, in document order as read; at least one */
  public List<DocumentProblem> problems() {
    return problems;
  }

  private static String message(List<DocumentProblem> problems) {
    StringBuilder out = new StringBuilder("the policy document has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (DocumentProblem p : problems) {
      out.append("\n  ").append(p);
    }
    return out.toString();
  }
}
