package dev.mim.examples.config;

import dev.mim.config.DocumentFormat;
import dev.mim.config.PolicyDocuments;
import java.io.PrintStream;

/**
 * Prints mim's default policies as a document with every field written out, for an administrator to start a
 * tenant's document from: {@code mvn -q -B -pl mim-examples -am compile -Prun
 * -Dexec.mainClass=dev.mim.examples.config.DefaultPolicies} (YAML; {@code -Dmim.format=json} for JSON).
 */
public final class DefaultPolicies {

  private DefaultPolicies() {}

  /**
   * Prints the defaults.
   *
   * @param out where to
   * @param format in which form
   */
  public static void print(PrintStream out, DocumentFormat format) {
    out.print(PolicyDocuments.write(PolicyDocuments.defaults("my-tenant"), format));
  }

  /**
   * Prints the defaults on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out, "json".equals(System.getProperty("mim.format")) ? DocumentFormat.JSON : DocumentFormat.YAML);
  }
}
