package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mim.config.BrokenDocuments.Broken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema shipped in the jar agrees with mim's reader, checked by a maintained validator (networknt's): it
 * accepts every valid example, and refuses every broken document the reader refuses, except those whose fault
 * JSON Schema cannot say (listed in the schema's description and {@link BrokenDocuments#BEYOND_SCHEMA}).
 */
class SchemaAgreementTest {

  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(PolicyDocuments.jsonSchema());

  @Test
  void theSchemaAcceptsEveryValidExampleInTheFormWrittenAndTheFormGiven() {
    List<JsonNode> valid = new ArrayList<>();
    valid.add(YAMLMapper.builder().build().readTree(Documents.example("acme.yaml")));
    valid.add(BrokenDocuments.JSON.readTree(Documents.example("globex.json")));
    List<PolicyDocument> documents = new ArrayList<>(List.of(Documents.acme(), Documents.globex(),
        PolicyDocuments.defaults("defaults")));
    PolicyDocuments.PRESETS.forEach(name -> documents.add(PolicyDocuments.preset(name)));
    for (PolicyDocument d : documents) {
      valid.add(BrokenDocuments.JSON.readTree(PolicyDocuments.write(d, DocumentFormat.JSON)));
    }
    for (JsonNode document : valid) {
      List<Error> errors = SCHEMA.validate(document);
      assertEquals(List.of(), errors, () -> "the schema refuses " + document);
    }
  }

  @Test
  void theSchemaRefusesEveryBrokenDocumentThatItCanSayIsWrong() {
    int refused = 0;
    int beyond = 0;
    for (Broken b : BrokenDocuments.all()) {
      boolean schemaRefuses = !SCHEMA.validate(b.document()).isEmpty();
      if (BrokenDocuments.BEYOND_SCHEMA.contains(b.what())) {
        beyond++;
        assertFalse(schemaRefuses, () -> "listed as beyond the schema, but it refuses " + b.what() + " at "
            + b.pointer() + ": update the list and the schema's description");
      } else {
        refused++;
        assertTrue(schemaRefuses, () -> "the schema accepts " + b.what() + " at " + b.pointer() + ": "
            + b.document());
      }
    }
    System.out.printf("schema agreement: %d broken documents refused by both, %d refused by mim only (beyond JSON"
        + " Schema)%n", refused, beyond);
    assertTrue(refused >= 200, "at least 200 broken documents, had " + refused);
  }
}
