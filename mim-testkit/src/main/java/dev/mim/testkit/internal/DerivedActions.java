package dev.mim.testkit.internal;

import dev.mim.core.comms.Audience;
import dev.mim.core.comms.StakeholderUpdate;
import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import dev.mim.core.incident.Briefing;
import dev.mim.core.incident.ChangeRef;
import dev.mim.core.incident.EscalationTarget;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.incident.ProblemRef;
import dev.mim.core.incident.ReviewFindings;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import dev.mim.core.people.Role;
import dev.mim.core.priority.Impact;
import dev.mim.core.priority.PriorityMatrix;
import dev.mim.core.priority.Urgency;
import dev.mim.core.service.ServiceId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actions derived from the records themselves: for a kind, the record of that name (its {@link ActionKind#label()})
 * is built through its canonical constructor, each component drawn by its type from the catalogue's pools. So a
 * new action is generated and explored the day it is added, before anyone writes a curated entry for it.
 */
final class DerivedActions {

  /** Every action record, by the kind it answers to. */
  private static final Map<ActionKind, Class<?>> RECORDS = records();

  /**
   * How many times the choices are shifted by one before giving up: enough to reach every constant of mim's
   * enums, for a component that takes only some of them (a downgrade cites refuting evidence only).
   */
  private static final int SHIFTS = 16;

  private DerivedActions() {}

  /** {@code c} with every pick moved on by {@code shift}: the next option where the record refused one. */
  private static Choices shifted(Choices c, int shift) {
    if (shift == 0) {
      return c;
    }
    return new Choices() {
      @Override
      public int pick(int options) {
        return (c.pick(options) + shift) % options;
      }

      @Override
      public String required(String text) {
        return c.required(text);
      }
    };
  }

  private static Map<ActionKind, Class<?>> records() {
    Map<String, Class<?>> byName = new java.util.HashMap<>();
    for (Class<?> group : Action.class.getPermittedSubclasses()) {
      for (Class<?> record : group.getPermittedSubclasses()) {
        byName.put(record.getSimpleName(), record);
      }
    }
    Map<ActionKind, Class<?>> records = new EnumMap<>(ActionKind.class);
    for (ActionKind kind : ActionKind.values()) {
      Class<?> record = byName.get(kind.label());
      if (record == null) {
        throw new IllegalStateException("no action record is named " + kind.label() + " for " + kind);
      }
      records.put(kind, record);
    }
    return records;
  }

  /** How far a draw fills the components in; each is tried in turn until the record takes it. */
  private enum Draw {
    /** As the choices draw: a text the practice requires may be left out, a reference too. */
    AS_DRAWN,
    /** Every text and reference given. */
    COMPLETE,
    /** Every text given, every reference to another record (incident, change, problem) left out. */
    WITHOUT_REFERENCES
  }

  /**
   * An action of {@code kind}, its components drawn from {@code c}: first as drawn (a text the practice requires
   * may be left out), then, when the record refuses that, with every text and reference given, then with every
   * reference left out (for a reference given exactly when another component says so); then all three again with
   * the choices moved on by one, up to {@value #SHIFTS} times (for a component that takes only some values).
   *
   * @throws IllegalArgumentException when a component's type has no pool, or the record refuses even the second
   *     draw; the message names the record and says to give the kind a curated entry
   */
  static Action derive(ActionKind kind, Choices c, Instant at, PriorityMatrix matrix) {
    Class<?> record = RECORDS.get(kind);
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    IllegalArgumentException refused = null;
    for (int shift = 0; shift < SHIFTS; shift++) {
      Choices shifted = shifted(c, shift);
      for (Draw draw : Draw.values()) {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
          values[i] = value(components[i].getGenericType(), components[i].getName(), shifted, at, matrix, draw);
        }
        try {
          return (Action) record.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof IllegalArgumentException iae)) {
            throw new IllegalStateException(record.getSimpleName() + " failed to build", e.getCause());
          }
          refused = iae;
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(record.getSimpleName() + " has no canonical constructor to call", e);
        }
      }
    }
    throw new IllegalArgumentException(record.getSimpleName() + " refuses every derived draw (" + refused.getMessage()
        + "); give " + kind + " a curated entry in ActionCatalogue", refused);
  }

  private static Object value(Type type, String name, Choices c, Instant at, PriorityMatrix matrix, Draw draw) {
    if (type instanceof ParameterizedType p) {
      Type elementType = p.getActualTypeArguments()[0];
      // An id in a collection comes from a pool of its own, so that it differs from the record's other ids.
      Object element = elementType == IncidentId.class ? IncidentId.of("INC-" + (3 + c.pick(2)))
          : value(elementType, name, c, at, matrix, Draw.COMPLETE);
      Type raw = p.getRawType();
      if (raw == List.class) {
        return List.of(element);
      }
      if (raw == Set.class || raw == java.util.SortedSet.class) {
        return new java.util.TreeSet<>(Set.of(element));
      }
      throw new IllegalArgumentException("no pool for " + type + " of component " + name);
    }
    Class<?> t = (Class<?>) type;
    if (t.isEnum()) {
      Object[] constants = t.getEnumConstants();
      return constants[c.pick(constants.length)];
    }
    if (t == String.class) {
      String text = name + " given";
      return draw == Draw.AS_DRAWN ? c.required(text) : text;
    }
    if (t == boolean.class) {
      return c.pick(2) == 0;
    }
    if (t == int.class) {
      return 1 + c.pick(2);
    }
    if (t == long.class) {
      return 1L + c.pick(2);
    }
    if (t == IncidentId.class || t == ChangeRef.class || t == ProblemRef.class) {
      return reference(t, c, draw);
    }
    return domainValue(t, name, c, at, matrix);
  }

  /** A reference to another record: drawn, always given, or left out. */
  private static Object reference(Class<?> t, Choices c, Draw draw) {
    if (draw == Draw.WITHOUT_REFERENCES || (draw == Draw.AS_DRAWN && c.pick(2) == 1)) {
      return null;
    }
    if (t == IncidentId.class) {
      return IncidentId.of("INC-" + (1 + c.pick(2)));
    }
    return t == ChangeRef.class ? ChangeRef.of("CHG-" + (1 + c.pick(2))) : ProblemRef.of("PRB-1");
  }

  private static Object domainValue(Class<?> t, String name, Choices c, Instant at, PriorityMatrix matrix) {
    if (t == Actor.class) {
      return c.pick(ActionCatalogue.CAST);
    }
    if (t == ResolverGroup.class) {
      return c.pick(ActionCatalogue.GROUPS);
    }
    if (t == ServiceId.class) {
      return c.pick(ActionCatalogue.SERVICES);
    }
    if (t == Audience.class) {
      return c.pick(ActionCatalogue.AUDIENCES);
    }
    if (t == Role.class) {
      return c.pick(ActionCatalogue.ROLES);
    }
    if (t == Impact.class) {
      return Impact.of(1 + c.pick(matrix.impactLevels()));
    }
    if (t == Urgency.class) {
      return Urgency.of(1 + c.pick(matrix.urgencyLevels()));
    }
    if (t == Instant.class) {
      return at;
    }
    if (t == LocalDate.class) {
      return LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(c.pick(15));
    }
    if (t == Duration.class) {
      return Duration.ofMinutes(30L * (1 + c.pick(4)));
    }
    if (t == Briefing.class) {
      return Briefing.of(name + " given");
    }
    if (t == StakeholderUpdate.class) {
      return StakeholderUpdate.of(c.pick(ActionCatalogue.AUDIENCES), c.required("update given"));
    }
    if (t == EscalationTarget.class) {
      return EscalationTarget.role(c.pick(ActionCatalogue.ROLES));
    }
    if (t == ReviewFindings.class) {
      return ReviewFindings.builder().summary("findings given").rootCause("a cause").build();
    }
    throw new IllegalArgumentException("no pool for " + t.getName() + " of component " + name);
  }
}
