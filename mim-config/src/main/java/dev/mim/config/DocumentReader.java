package dev.mim.config;

import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.spi.AuthorizationPolicy;
import dev.mim.core.spi.CommunicationPolicy;
import dev.mim.core.spi.DeclarationPolicy;
import dev.mim.core.spi.EscalationPolicy;
import dev.mim.core.spi.MajorIncidentThreshold;
import dev.mim.core.spi.PolicySet;
import dev.mim.core.spi.ResponseRates;
import dev.mim.core.spi.RoleDirectory;
import dev.mim.core.spi.ServiceCatalogue;
import java.time.Duration;
import java.time.ZoneId;
import dev.mim.policies.detection.SurgeSettings;
import dev.mim.policies.oncall.OnCallRoster;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a document's tree: its identity, then each section (a field left out takes its default), recording every
 * problem; when there is none, builds the policy set and the document's normal form (every field written out, in a
 * fixed order).
 */
final class DocumentReader {

  /** The schema of the documents this release writes, and the newest it reads. */
  static final int SCHEMA = 1;

  static final String SCHEMA_FIELD = "schema";
  static final String ID = "id";
  static final String VERSION = "version";
  static final String VERIFICATION_WINDOW = "verificationWindow";
  static final String DUE_DATE_ZONE = "dueDateZone";

  static final Set<String> FIELDS = new LinkedHashSet<>(List.of(SCHEMA_FIELD, ID, VERSION,
      PrioritySection.FIELD, VERIFICATION_WINDOW, DUE_DATE_ZONE, DeclarationSection.FIELD, ThresholdSection.FIELD,
      CatalogueSection.FIELD, ResponseRatesSection.FIELD, CommunicationSection.FIELD, OnCallSection.FIELD, EscalationSection.FIELD,
      AuthorizationSection.FIELD, AuthorizationSection.ROLES, SurgeSection.FIELD));

  private DocumentReader() {}

  /** The document the tree holds; every problem in it at once. */
  static PolicyDocument read(JsonNode tree) {
    Reading r = new Reading();
    ObjectNode in = r.object(tree, "", FIELDS);
    if (in == null) {
      throw new InvalidPolicyDocumentException(r.problems());
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Long schema = r.integer(field(in, SCHEMA_FIELD, JsonNodeFactory.instance.numberNode(SCHEMA)), "/" + SCHEMA_FIELD,
        1, Integer.MAX_VALUE);
    if (schema != null && schema > SCHEMA) {
      r.problem("/" + SCHEMA_FIELD, "this release of mim reads policy documents of schema 1 to " + SCHEMA
          + ", was " + schema + ": upgrade mim to read it");
      throw new InvalidPolicyDocumentException(r.problems());
    }
    out.put(SCHEMA_FIELD, SCHEMA);
    JsonNode idNode = r.required(in, "", ID);
    String id = idNode == null ? null : r.text(idNode, "/" + ID);
    out.put(ID, id);
    JsonNode versionNode = r.required(in, "", VERSION);
    Long version = versionNode == null ? null : r.integer(versionNode, "/" + VERSION, 1, Long.MAX_VALUE);
    out.put(VERSION, version);
    // the id and version every event decided under the document records, checked as events check them
    PoliciesVersion identity = id == null || version == null ? null
        : r.builtFrom(in, "", () -> new PoliciesVersion(id, version));
    return policies(in, r, out, identity);
  }

  /** Reads each section, then builds the document; every problem at once. */
  private static PolicyDocument policies(ObjectNode in, Reading r, ObjectNode out,
      @Nullable PoliciesVersion identity) {
    PriorityMatrix matrix = PrioritySection.read(field(in, PrioritySection.FIELD, PrioritySection.defaults()),
        "/" + PrioritySection.FIELD, r, out);
    Duration window = verificationWindow(in, r);
    out.put(VERIFICATION_WINDOW, window == null ? null : window.toString());
    ZoneId zone = r.zone(field(in, DUE_DATE_ZONE, JsonNodeFactory.instance.stringNode(
        PolicySet.ofDefaults().dueDateZone().getId())), "/" + DUE_DATE_ZONE);
    out.put(DUE_DATE_ZONE, zone == null ? null : zone.getId());
    AtomicReference<ServiceCatalogue> catalogueRead = new AtomicReference<>(ServiceCatalogue.open());
    DeclarationPolicy declaration = DeclarationSection.read(
        field(in, DeclarationSection.FIELD, DeclarationSection.defaults()), "/" + DeclarationSection.FIELD, r, out,
        catalogueRead::get);
    MajorIncidentThreshold threshold = ThresholdSection.read(
        field(in, ThresholdSection.FIELD, ThresholdSection.defaults()), "/" + ThresholdSection.FIELD, r, out);
    ServiceCatalogue catalogue = CatalogueSection.read(
        field(in, CatalogueSection.FIELD, CatalogueSection.defaults()), "/" + CatalogueSection.FIELD, r, out);
    if (catalogue != null) {
      catalogueRead.set(catalogue); // for the declaration's condition, which comes before it in the document
    }
    ResponseRates rates = ResponseRatesSection.read(
        field(in, ResponseRatesSection.FIELD, ResponseRatesSection.defaults()), "/" + ResponseRatesSection.FIELD, r,
        out);
    CommunicationPolicy communication = CommunicationSection.read(
        field(in, CommunicationSection.FIELD, CommunicationSection.defaults()), "/" + CommunicationSection.FIELD, r,
        out);
    JsonNode onCallNode = in.get(OnCallSection.FIELD);
    OnCallRoster onCall = OnCallSection.read(onCallNode == null ? out.arrayNode() : onCallNode,
        "/" + OnCallSection.FIELD, r, out);
    // with schedules that did not read, escalation targets are not checked against them (nothing to say more)
    Set<String> schedules = null;
    if (onCall != null) {
      schedules = new HashSet<>();
      for (JsonNode s : out.path(OnCallSection.FIELD)) {
        schedules.add(s.path("name").asString());
      }
    }
    EscalationPolicy escalation = EscalationSection.read(
        field(in, EscalationSection.FIELD, EscalationSection.defaults()), "/" + EscalationSection.FIELD, r, out,
        schedules, catalogueRead::get);
    AuthorizationPolicy authorization = AuthorizationSection.read(
        field(in, AuthorizationSection.FIELD, AuthorizationSection.defaults()), "/" + AuthorizationSection.FIELD, r,
        out);
    RoleDirectory roles = AuthorizationSection.readRoles(in.get(AuthorizationSection.ROLES),
        "/" + AuthorizationSection.ROLES, r, out);
    SurgeSettings surge = SurgeSection.read(in.get(SurgeSection.FIELD), "/" + SurgeSection.FIELD, r, out, catalogue);

    PolicySet policies = null;
    if (r.problems().isEmpty()) {
      policies = r.built("", () -> PolicySet.custom().priorityMatrix(matrix).verificationWindow(window)
          .dueDateZone(zone).declarationPolicy(declaration).majorIncidentThreshold(threshold)
          .serviceCatalogue(catalogue).responseRates(rates).communication(communication).escalation(escalation)
          .authorization(authorization).roles(roles).version(identity).build());
    }
    if (!r.problems().isEmpty() || policies == null) {
      throw new InvalidPolicyDocumentException(r.problems());
    }
    return new PolicyDocument(policies, onCall, surge, out);
  }

  /** The window, checked by PolicySet's own check (so at its own pointer); null when it has a problem. */
  private static @Nullable Duration verificationWindow(ObjectNode in, Reading r) {
    String at = "/" + VERIFICATION_WINDOW;
    Duration window = r.duration(field(in, VERIFICATION_WINDOW,
        JsonNodeFactory.instance.stringNode(PolicySet.DEFAULT_VERIFICATION_WINDOW.toString())), at);
    if (window == null || r.built(at, () -> PolicySet.custom().verificationWindow(window).build()) == null) {
      return null;
    }
    return window;
  }

  private static JsonNode field(ObjectNode in, String name, JsonNode defaults) {
    JsonNode value = in.get(name);
    return value == null ? defaults : value;
  }
}
