package dev.mim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.mim.config.BrokenDocuments.Broken;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema shipped in the jar agrees with mim's reader, checked by a maintained validator (networknt's): it
 * accepts every valid example, and refuses every broken document the reader refuses, except those whose fault
 * JSON Schema cannot say (listed in the schema's description and {@link BrokenDocuments#BEYOND_SCHEMA}); it
 * accepts exactly the time zones and the dates the reader accepts.
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
  void theSchemaRefusesEveryBrokenDocumentThatItCanSayIsWrong(TestReporter reporter) {
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
    reporter.publishEntry("schema agreement", refused + " broken documents refused by both, " + beyond
        + " refused by mim only (beyond JSON Schema)");
    assertTrue(refused >= 200, "at least 200 broken documents, had " + refused);
  }

  /** Whether mim's reader accepts {@code document}. */
  private static boolean mimAccepts(JsonNode document) {
    try {
      PolicyDocuments.read(BrokenDocuments.JSON.writeValueAsString(document), DocumentFormat.JSON);
      return true;
    } catch (InvalidPolicyDocumentException e) {
      return false;
    }
  }

  private static JsonNode withDueDateZone(String zone) {
    return BrokenDocuments.JSON.createObjectNode().put("id", "x").put("version", 1).put("dueDateZone", zone);
  }

  @Test
  void theSchemaAndTheReaderAgreeOnEveryZoneIdAndOffsetAndOnThousandsOfNearMisses() {
    JsonNode zoneSchema = BrokenDocuments.JSON.readTree(PolicyDocuments.jsonSchema()).path("$defs").path("zone");
    Matcher m = Pattern.compile("tzdata (\\d{4}[a-z])").matcher(zoneSchema.path("description").asString());
    assertTrue(m.find(), "the zone's description names the tzdata release of its list");
    String listedRelease = m.group(1);
    String jdkRelease = ZoneRulesProvider.getVersions("UTC").lastKey();
    Assumptions.assumeTrue(jdkRelease.compareTo(listedRelease) <= 0, () -> "this JDK's tzdata " + jdkRelease
        + " is newer than the schema's zone list (" + listedRelease + "): list its regions in the schema");
    Set<String> listed = new TreeSet<>();
    zoneSchema.path("anyOf").get(0).path("enum").forEach(z -> listed.add(z.asString()));
    Set<String> candidates = new TreeSet<>(listed);
    candidates.addAll(ZoneId.getAvailableZoneIds());
    for (String prefix : List.of("", "UTC", "GMT", "UT")) {
      for (String sign : List.of("+", "-")) {
        for (int h : new int[] {0, 1, 9, 10, 17, 18, 19, 24}) {
          for (String rest : List.of("", ":00", ":30", ":59", ":60", "00", "30", "60", ":00:00", ":30:59", "3000",
              "0001", ":00:01", ":0", "0")) {
            candidates.add(prefix + sign + h + rest);
            candidates.add(prefix + sign + String.format("%02d", h) + rest);
          }
        }
      }
    }
    Random random = new Random(20261204L); // fixed: the same near misses on every run
    String alphabet = "+-:0123589UTCGMZ/aE";
    for (int i = 0; i < 3_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(9); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      candidates.add(b.toString());
    }
    int agreed = 0;
    for (String zone : candidates) {
      boolean schemaAccepts = SCHEMA.validate(withDueDateZone(zone)).isEmpty();
      boolean mimAccepts = mimAccepts(withDueDateZone(zone));
      if (schemaAccepts && !mimAccepts && listed.contains(zone) && jdkRelease.compareTo(listedRelease) < 0) {
        continue; // a region newer than this JDK's tzdata
      }
      assertEquals(mimAccepts, schemaAccepts, () -> "schema and reader disagree on the zone " + zone);
      agreed++;
    }
    assertTrue(agreed > 3_000, "agreed on " + agreed);
  }

  @Test
  void theSchemaAndTheReaderAgreeOnEveryDayOfFourHundredYearsAndOnDaysThatDoNotExist() {
    List<String> candidates = new ArrayList<>();
    for (int year : new int[] {0, 1900, 1999, 2000, 2024, 2026, 2100, 2400, 9999}) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          candidates.add(String.format("%04d-%02d-%02d", year, month, day));
        }
      }
    }
    for (int year = 2000; year < 2400; year++) {
      candidates.add(year + "-02-29");
    }
    for (String date : candidates) {
      JsonNode calendar = BrokenDocuments.JSON.createObjectNode().put("id", "x").put("version", 1)
          .set("communication", BrokenDocuments.JSON.createObjectNode().set("calendar", BrokenDocuments.JSON
              .createObjectNode().put("zone", "UTC").put("start", "09:00").put("end", "17:00")
              .set("holidays", BrokenDocuments.JSON.createArrayNode().add(date))));
      assertEquals(mimAccepts(calendar), SCHEMA.validate(calendar).isEmpty(),
          () -> "schema and reader disagree on the date " + date);
    }
  }
}
