package dev.mim.testkit.generate;

import dev.mim.testkit.internal.Arguments;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.lifecycle.Incident;
import dev.mim.core.spi.PolicySet;
import dev.mim.testkit.internal.Describe;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands for one incident, in order, as a host would send them: mostly valid, some refused. Prints as one
 * numbered line per command, which is how a failing property shows its shrunk counterexample.
 *
 * @param commands the commands; not null, no null element
 */
public record CommandSequence(List<IncidentCommand> commands) {

  /** @throws IllegalArgumentException when the list or a command is null */
  public CommandSequence {
    commands = List.copyOf(commands);
  }

  /**
   * Decides every command in turn, each against the state the accepted ones before it made.
   *
   * @param policies the policies to decide under
   * @return one step per command: its decision and the incident after it
   * @throws IllegalArgumentException when {@code policies} is null
   */
  public List<Incident.Step> play(PolicySet policies) {
    Arguments.notNull("policies", policies);
    List<Incident.Step> steps = new ArrayList<>(commands.size());
    Incident incident = Incident.start();
    for (IncidentCommand command : commands) {
      Incident.Step step = incident.decide(command, policies);
      steps.add(step);
      incident = step.incident();
    }
    return steps;
  }

  @Override
  public String toString() {
    return commands.size() + " command" + (commands.size() == 1 ? "" : "s") + ":\n" + Describe.commands(commands);
  }
}
