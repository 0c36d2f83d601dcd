package dev.mim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mim.core.incident.Action;
import dev.mim.core.incident.ActionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's list of actions names every action there is, and says how many. */
class ReadmeActionsTest {

  @Test
  void readmeListsEveryAction() throws IOException {
    String readme = Files.readString(ReadmeQuotes.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("carrying one\n`Action`, ");
    String list = readme.substring(start, readme.indexOf("Each accepted command yields", start));
    List<Class<?>> actions = new ArrayList<>();
    for (Class<?> group : Action.class.getPermittedSubclasses()) {
      actions.addAll(List.of(group.getPermittedSubclasses()));
    }
    assertEquals(ActionKind.values().length, actions.size());
    assertTrue(list.contains(actions.size() + " in all"), list);
    for (Class<?> action : actions) {
      assertTrue(list.contains("`" + action.getSimpleName() + "`"), "README lists " + action.getSimpleName());
    }
  }
}
