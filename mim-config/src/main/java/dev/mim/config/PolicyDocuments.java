package dev.mim.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes policy documents: a tenant's policy set as JSON or YAML.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a value out of the range mim accepts (the same checks as the
 * Java API's, so a document accepts exactly what code may build), a duplicated key or a reference to something
 * undefined is a problem. Every problem is reported at once, each with the JSON Pointer of the value, the value and
 * what was expected, in one {@link InvalidPolicyDocumentException}; nothing of a document with a problem is used.
 * A field left out takes its default, and {@link #write} writes every field out.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class PolicyDocuments {

  /** The schema of the documents this release writes, and the newest it reads: {@value}. */
  public static final int SCHEMA = DocumentReader.SCHEMA;

  /**
   * The presets {@link #preset} knows, named as in mim-policies' {@code PolicyPresets}: {@code validate-first}
   * (mim's defaults), {@code monitoring-first}, {@code managed-service-provider}.
   */
  public static final List<String> PRESETS =
      List.of("validate-first", "monitoring-first", "managed-service-provider");

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .build();

  private PolicyDocuments() {}

  /**
   * Reads a document.
   *
   * @param text the document
   * @param format its form
   * @return the document and the policy set it describes
   * @throws InvalidPolicyDocumentException when it is not well-formed JSON or YAML, or has any problem; with all of
   *     them
   * @throws IllegalArgumentException when an argument is null
   */
  public static PolicyDocument read(String text, DocumentFormat format) {
    if (text == null || format == null) {
      throw new IllegalArgumentException("text and format must not be null, were " + (text == null ? "null" : "a text")
          + " and " + format);
    }
    JsonNode tree;
    try {
      tree = mapper(format).readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      throw new InvalidPolicyDocumentException(List.of(new DocumentProblem("", "is not well-formed " + format
          + (where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr()) + ": "
          + e.getOriginalMessage())));
    }
    if (tree == null || tree.isMissingNode()) {
      throw new InvalidPolicyDocumentException(List.of(new DocumentProblem("", "is empty")));
    }
    return DocumentReader.read(tree);
  }

  /**
   * Writes a document with every field, the defaults included; reading it back gives an equal document.
   *
   * @param document the document
   * @param format the form to write
   * @return the text
   * @throws IllegalArgumentException when an argument is null
   */
  public static String write(PolicyDocument document, DocumentFormat format) {
    if (document == null || format == null) {
      throw new IllegalArgumentException("document and format must not be null, were " + document + " and "
          + format);
    }
    return mapper(format).writeValueAsString(document.normal());
  }

  /**
   * The defaults written out in full, for an administrator to start from: the document of {@code PolicySet
   * .ofDefaults()}.
   *
   * @param id the new document's id
   * @return the document, at version 1
   * @throws InvalidPolicyDocumentException when {@code id} is blank or too long
   */
  public static PolicyDocument defaults(String id) {
    ObjectNode tree = JSON.createObjectNode();
    tree.put(DocumentReader.ID, id);
    tree.put(DocumentReader.VERSION, 1);
    return DocumentReader.read(tree);
  }

  /**
   * A preset of mim-policies' {@code PolicyPresets} as a document (YAML in the jar, {@code
   * dev/mim/config/presets/<name>.yaml}): it decides exactly as the preset does.
   *
   * @param name one of {@link #PRESETS}
   * @return the preset's document
   * @throws IllegalArgumentException when {@code name} is not a preset's
   */
  public static PolicyDocument preset(String name) {
    if (!PRESETS.contains(name)) {
      throw new IllegalArgumentException("name must be one of " + PRESETS + ", was " + name);
    }
    return read(resource("presets/" + name + ".yaml"), DocumentFormat.YAML);
  }

  /**
   * The JSON Schema (draft 2020-12) of the documents this release reads, as shipped in the jar ({@code
   * dev/mim/config/policy-document.schema.json}): for a host's forms and editors. A document the schema refuses,
   * {@link #read} refuses too; {@link #read} also refuses what JSON Schema cannot say, listed in the schema's
   * description (a window over 366 days, an unknown time zone, a matrix that is not rectangular or not monotonic,
   * a service named twice).
   *
   * @return the schema's text
   */
  public static String jsonSchema() {
    return resource("policy-document.schema.json");
  }

  private static String resource(String name) {
    try (InputStream in = PolicyDocuments.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + name + " beside PolicyDocuments");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.JSON ? JSON : YAML;
  }
}
