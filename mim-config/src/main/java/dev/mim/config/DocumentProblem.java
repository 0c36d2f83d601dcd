package dev.mim.config;

/**
 * One thing wrong with a policy document.
 *
 * @param pointer where: the JSON Pointer (RFC 6901) of the value at fault, {@code ""} for the whole document
 * @param message what was expected, and the value found ({@code must not be negative, was -PT5M})
 */
public record DocumentProblem(String pointer, String message) {

  /** @throws IllegalArgumentException when a field is null */
  public DocumentProblem {
    if (pointer == null || message == null) {
      throw new IllegalArgumentException("pointer and message must not be null, were " + pointer + ", " + message);
    }
  }

  /** @return {@code pointer: message}, the pointer of the whole document shown as {@code (document)} */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
  }
}
