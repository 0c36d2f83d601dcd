package dev.mim.core.incident;

import dev.mim.core.internal.Checks;
import dev.mim.core.people.Actor;
import java.time.LocalDate;

/**
 * An action item from the post-incident review.
 *
 * @param description what is to be done
 * @param owner who does it; null until assigned
 * @param due by when; null until assigned
 */
public record ReviewAction(String description, Actor owner, LocalDate due) {

  /** @throws IllegalArgumentException when {@code description} is null, blank or too long */
  public ReviewAction {
    Checks.text("description", description);
  }

  /** @return true when the item has both an owner and a due date, as closing the incident requires */
  public boolean isAssigned() {
    return owner != null && due != null;
  }
}
