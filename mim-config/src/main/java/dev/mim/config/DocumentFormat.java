package dev.mim.config;

/** The forms a policy document is read from and written in. */
public enum DocumentFormat {
  /** JSON (RFC 8259), written indented. */
  JSON,
  /** YAML 1.2, written in block style without a document start marker. */
  YAML
}
