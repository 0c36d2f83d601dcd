package dev.mim.config;

import dev.mim.core.incident.IdentificationSource;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.ServiceCatalogue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code declaration}: which candidates may be declared before any validation evidence is recorded.
 * {@code withoutEvidenceFrom} lists the identification sources trusted that far ({@code [EVENT_MONITORING]} for
 * trusted monitoring); empty, the default, requires evidence for every candidate. Or {@code when}: a CEL condition
 * over the candidate ({@link Conditions}), true for those that may be declared without evidence.
 */
final class DeclarationSection {

  static final String FIELD = "declaration";
  private static final String FROM = "withoutEvidenceFrom";
  private static final String WHEN = "when";
  private static final Set<String> FIELDS = Set.of(FROM, WHEN);

  private DeclarationSection() {}

  static JsonNode defaults() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.putArray(FROM);
    return node;
  }

  /** Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable DeclarationPolicy read(JsonNode node, String at, Reading r, ObjectNode out,
      Supplier<ServiceCatalogue> catalogue) {
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    if (o.has(WHEN)) {
      if (o.has(FROM)) {
        r.problem(at, "gives both " + FROM + " and " + WHEN + ": give one");
        return null;
      }
      Conditions.Condition condition = Conditions.read(o.get(WHEN), Reading.at(at, WHEN), Conditions.VARIABLES, r);
      if (condition == null) {
        return null;
      }
      out.putObject(FIELD).put(WHEN, condition.toString());
      Predicate<IncidentState> allowed = Conditions.overIncidents(condition, catalogue);
      return new DeclarationPolicy() {
        @Override
        public boolean allowsDeclarationWithoutEvidence(IncidentState candidate) {
          return allowed.test(candidate);
        }

        @Override
        public String toString() {
          return allowed.toString();
        }
      };
    }
    String fromAt = Reading.at(at, FROM);
    JsonNode from = o.get(FROM);
    Set<IdentificationSource> sources = EnumSet.noneOf(IdentificationSource.class);
    List<IdentificationSource> list = r.list(from == null ? JsonNodeFactory.instance.arrayNode() : from, fromAt,
        (item, itemAt) -> {
          IdentificationSource s = r.constant(item, itemAt, IdentificationSource.class);
          if (s != null) {
            r.once(sources, s, itemAt, "source");
          }
          return s;
        });
    if (list == null) {
      return null;
    }
    ArrayNode normal = out.putObject(FIELD).putArray(FROM);
    sources.forEach(s -> normal.add(s.name()));
    if (sources.isEmpty()) {
      return DeclarationPolicy.evidenceRequired();
    }
    IdentificationSource[] all = sources.toArray(IdentificationSource[]::new);
    IdentificationSource[] more = java.util.Arrays.copyOfRange(all, 1, all.length);
    return DeclarationPolicy.autoDeclareFrom(all[0], more);
  }
}
