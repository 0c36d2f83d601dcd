package dev.mim.config;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.mim.core.identify.IncidentSignal;
import dev.mim.core.incident.Classification;
import dev.mim.core.incident.IncidentState;
import dev.mim.core.priority.Priority;
import dev.mim.core.service.BusinessService;
import dev.mim.core.service.ServiceId;
import dev.mim.core.spi.ServiceCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Conditions given as CEL expressions (Google's Common Expression Language): compiled and type-checked against
 * the documented variables when the document is read, and evaluated with a cost limit. A condition that fails or
 * runs over its budget throws, as a failing host policy does; the decider turns that into a {@code policy-failed}
 * refusal.
 *
 * <p>The variables, as far as the policy asking knows them: {@code priority}, {@code impact} and {@code urgency}
 * (levels, 1 the most severe), {@code source} (how the incident was identified, {@code "EVENT_MONITORING"}), {@code
 * services} (the ids of the services affected), {@code tiers} (the tiers of those the catalogue knows), {@code
 * children} (the number of child incidents), {@code stage} (the status, {@code "CANDIDATE"}) and {@code
 * minutesSinceDeclaration} (from the declaration to the incident's last event, 0 before it is declared). A
 * trigger rule asks about a signal: {@code source}, {@code service}, {@code tier}, {@code category}, {@code location}
 * and {@code configurationItem}.
 */
final class Conditions {

  static {
    // CEL's jars split packages between them, so they cannot be modules together and stay on the class path: on the
    // module path, dev.mim.config reads the class path's unnamed module before it touches a CEL class.
    Conditions.class.getModule().addReads(Conditions.class.getClassLoader().getUnnamedModule());
  }

  /** The most steps one evaluation may take: its cost limit. */
  static final int MAX_STEPS = 10_000;

  /** The most iterations of one comprehension ({@code exists}, {@code all}, {@code map}). */
  static final int MAX_ITERATIONS = 1_000;

  /** Every variable a condition may name, with its type. */
  static final Map<String, CelType> VARIABLES = variables();

  /** The variables a major-incident threshold knows: the priority and the services. */
  static final Map<String, CelType> THRESHOLD_VARIABLES = Map.of("priority", SimpleType.INT,
      "services", ListType.create(SimpleType.STRING), "tiers", ListType.create(SimpleType.INT));

  /** The variables of a signal, which a trigger rule knows. */
  static final Map<String, CelType> SIGNAL_VARIABLES = Map.of("source", SimpleType.STRING,
      "service", SimpleType.STRING, "tier", SimpleType.INT, "category", SimpleType.STRING,
      "location", SimpleType.STRING, "configurationItem", SimpleType.STRING);

  private static final CelOptions OPTIONS = CelOptions.current().comprehensionMaxIterations(MAX_ITERATIONS).build();
  private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS)
      .build();

  private Conditions() {}

  private static Map<String, CelType> variables() {
    Map<String, CelType> v = new LinkedHashMap<>();
    v.put("priority", SimpleType.INT);
    v.put("impact", SimpleType.INT);
    v.put("urgency", SimpleType.INT);
    v.put("source", SimpleType.STRING);
    v.put("services", ListType.create(SimpleType.STRING));
    v.put("tiers", ListType.create(SimpleType.INT));
    v.put("children", SimpleType.INT);
    v.put("stage", SimpleType.STRING);
    v.put("minutesSinceDeclaration", SimpleType.INT);
    return Map.copyOf(v);
  }

  /**
   * Compiles {@code expression}, a condition over {@code known} variables; null, with each compile error a problem
   * at {@code pointer} (its line and column in the expression), when it does not compile to a boolean.
   */
  private static @Nullable Condition compile(String expression, String pointer, Map<String, CelType> known, Reading r) {
    CelCompilerBuilder builder = CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS).setResultType(SimpleType.BOOL);
    known.forEach(builder::addVar);
    CelCompiler compiler = builder.build();
    CelValidationResult result = compiler.compile(expression);
    if (result.hasError()) {
      for (CelIssue issue : result.getErrors()) {
        r.problem(pointer, "does not compile at line " + issue.getSourceLocation().getLine() + ", column "
            + (issue.getSourceLocation().getColumn() + 1) + ": " + issue.getMessage() + " (the variables are "
            + new java.util.TreeSet<>(known.keySet()) + "), was " + expression);
      }
      return null;
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      return new Condition(expression, pointer, RUNTIME.createProgram(ast));
    } catch (CelValidationException | CelEvaluationException e) {
      r.problem(pointer, "does not compile: " + e.getMessage() + ", was " + expression);
      return null;
    }
  }

  /**
   * Reads the condition at {@code pointer}: a text that compiles over {@code known}; null, with its problems, when
   * it is not a text or does not compile.
   */
  static @Nullable Condition read(JsonNode node, String pointer, Map<String, CelType> known, Reading r) {
    String expression = r.text(node, pointer);
    return expression == null ? null : compile(expression, pointer, known, r);
  }

  /** The variables of a candidate or an incident, its services' tiers from {@code catalogue}. */
  static Map<String, Object> of(IncidentState state, ServiceCatalogue catalogue) {
    Classification c = state.classification();
    Map<String, Object> v = new HashMap<>();
    v.put("priority", c == null ? 0L : (long) c.priority().level());
    v.put("impact", c == null ? 0L : (long) c.impact().level());
    v.put("urgency", c == null ? 0L : (long) c.urgency().level());
    v.put("source", c == null ? "" : c.source().name());
    List<String> services = new ArrayList<>();
    List<Long> tiers = new ArrayList<>();
    if (c != null) {
      for (ServiceId id : c.affectedServices()) {
        services.add(id.value());
        catalogue.find(id).ifPresent(s -> tiers.add((long) s.tier()));
      }
    }
    v.put("services", services);
    v.put("tiers", tiers);
    v.put("children", (long) state.children().size());
    v.put("stage", state.status().name());
    v.put("minutesSinceDeclaration", state.declaredAt() == null || state.lastEventAt() == null ? 0L
        : Duration.between(state.declaredAt(), state.lastEventAt()).toMinutes());
    return v;
  }

  /**
   * @param condition a condition over {@link #VARIABLES}
   * @param catalogue the catalogue that gives the services' tiers, asked when the condition is
   * @return the condition as a predicate over incidents, whose {@code toString()} is its expression
   */
  static Predicate<IncidentState> overIncidents(Condition condition, Supplier<ServiceCatalogue> catalogue) {
    return new Predicate<>() {
      @Override
      public boolean test(IncidentState incident) {
        return condition.test(of(incident, catalogue.get()));
      }

      @Override
      public String toString() {
        return condition.toString();
      }
    };
  }

  /** The variables a threshold knows: the priority, the services and their tiers. */
  static Map<String, Object> of(Priority priority, Collection<BusinessService> services) {
    List<String> ids = new ArrayList<>();
    List<Long> tiers = new ArrayList<>();
    for (BusinessService s : services) {
      ids.add(s.id().value());
      tiers.add((long) s.tier());
    }
    return Map.of("priority", (long) priority.level(), "services", ids, "tiers", tiers);
  }

  /**
   * The variables of a signal: its source ({@code "EVENT_MONITORING"}), service id, the service's tier (0 when the
   * catalogue does not list it), and its category, location and configuration item ({@code ""} when it has none).
   */
  static Map<String, Object> of(IncidentSignal signal, @Nullable BusinessService service) {
    return Map.of("source", signal.source().name(), "service", signal.service().value(),
        "tier", service == null ? 0L : (long) service.tier(), "category", text(signal.category()),
        "location", text(signal.location()), "configurationItem", text(signal.configurationItem()));
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  /** A compiled condition. */
  static final class Condition {
    private final String expression;
    private final String pointer;
    private final CelRuntime.Program program;

    Condition(String expression, String pointer, CelRuntime.Program program) {
      this.expression = expression;
      this.pointer = pointer;
      this.program = program;
    }

    /**
     * @param variables the values of the variables it names
     * @return its value
     * @throws IllegalStateException when it fails or runs over its cost limit, naming it and where it is
     */
    boolean test(Map<String, ?> variables) {
      int[] steps = {0};
      try {
        Object value = program.trace(variables, (expr, result) -> {
          if (++steps[0] > MAX_STEPS) {
            throw new CostExceeded();
          }
        });
        return (Boolean) value;
      } catch (CelEvaluationException | RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          if (t instanceof CostExceeded) {
            throw new IllegalStateException("the condition at " + pointer + " ran over its cost limit of "
                + MAX_STEPS + " steps: " + expression);
          }
        }
        throw new IllegalStateException("the condition at " + pointer + " failed: " + e.getMessage() + ": "
            + expression);
      }
    }

    /** @return the expression, as the document gives it */
    @Override
    public String toString() {
      return expression;
    }
  }

  /** Thrown from the evaluation listener to stop an evaluation that runs over its budget. */
  private static final class CostExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CostExceeded() {
      super(null, null, false, false);
    }
  }
}
