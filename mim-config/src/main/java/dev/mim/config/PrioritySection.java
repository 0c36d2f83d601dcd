package dev.mim.config;

import dev.mim.core.priority.Priority;
import dev.mim.core.priority.PriorityMatrix;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code priorityMatrix}: {@code itil} (impact and urgency High, Medium, Low give P1 to P5), or the cells, one row per
 * impact level and one column per urgency level, most severe first ({@code cells: [[P1, P2, P3], ...]}), from 3x3 to
 * 5x5; a table in which raising the impact or urgency lowers the priority is refused unless {@code monotonic: false}.
 */
final class PrioritySection {

  static final String FIELD = "priorityMatrix";
  static final String ITIL = "itil";
  private static final Set<String> FIELDS = Set.of("cells", "monotonic");

  private PrioritySection() {}

  static JsonNode defaults() {
    return JsonNodeFactory.instance.stringNode(ITIL);
  }

  /** Reads the section at {@code at}, writes its normal form into {@code out}; null when it has problems. */
  static @Nullable PriorityMatrix read(JsonNode node, String at, Reading r, ObjectNode out) {
    if (node.isString() || !node.isObject()) {
      if (node.isString() && ITIL.equals(node.asString())) {
        out.put(FIELD, ITIL);
        return PriorityMatrix.itil();
      }
      r.wrong(at, "must be \"itil\" or an object with the cells", node);
      return null;
    }
    ObjectNode o = r.object(node, at, FIELDS);
    if (o == null) {
      return null;
    }
    Boolean monotonic = r.flag(o, at, "monotonic", true);
    String cellsAt = Reading.at(at, "cells");
    JsonNode cells = r.required(o, at, "cells");
    ArrayNode rows = cells == null ? null : r.array(cells, cellsAt);
    if (rows == null || monotonic == null) {
      return null;
    }
    int[][] table = new int[rows.size()][];
    boolean complete = true;
    for (int i = 0; i < rows.size(); i++) {
      ArrayNode row = r.array(rows.get(i), Reading.at(cellsAt, i));
      if (row == null) {
        complete = false;
        continue;
      }
      table[i] = new int[row.size()];
      for (int u = 0; u < row.size(); u++) {
        Priority p = r.priority(row.get(u), Reading.at(Reading.at(cellsAt, i), u));
        complete &= p != null;
        table[i][u] = p == null ? 0 : p.level();
      }
    }
    if (!complete) {
      return null;
    }
    boolean checked = monotonic;
    PriorityMatrix matrix = r.built(cellsAt, () -> checked ? PriorityMatrix.of(table) : PriorityMatrix.ofLegacy(table));
    if (matrix != null) {
      ObjectNode normal = out.putObject(FIELD);
      ArrayNode written = normal.putArray("cells");
      for (int[] row : table) {
        ArrayNode line = written.addArray();
        for (int level : row) {
          line.add("P" + level);
        }
      }
      normal.put("monotonic", checked);
    }
    return matrix;
  }
}
