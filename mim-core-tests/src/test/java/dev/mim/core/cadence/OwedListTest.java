package dev.mim.core.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mim.core.comms.Audience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwedListTest {

  private static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");
  private static final List<Audience> AUDIENCES = List.of(Audience.EXECUTIVES, Audience.SERVICE_DESK,
      Audience.TECHNICAL_TEAMS, Audience.REGULATOR);

  @Test
  void itHoldsWhatAStableSortByDueTimeThenAudienceOfTheSameItemsHolds() {
    // Whatever the items and their order, and however far past its expected size it grows, the list equals the
    // items stably sorted by due time, then audience: items that tie keep the order they were added in.
    qt().withExamples(500).forAll(lists().of(integers().between(0, 63)).ofSizeBetween(1, 20), integers().between(1, 4))
        .checkAssert((codes, expected) -> {
          OwedList owed = new OwedList(expected);
          List<UpdateDue> added = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i);
            UpdateDue item = new UpdateDue(AUDIENCES.get(code % 4), DueKind.REGULATORY_REPORT,
                T0.plusSeconds(code / 16), false, "report-" + i, null);
            owed.insert(item);
            added.add(item);
          }
          added.sort(Comparator.comparing(UpdateDue::dueAt).thenComparing(UpdateDue::audience));
          assertEquals(added, owed);
        });
  }

  @Test
  void callersCannotChangeItAndReadingPastItsEndIsRefused() {
    OwedList owed = new OwedList(2);
    UpdateDue item = new UpdateDue(Audience.EXECUTIVES, DueKind.UPDATE, T0, false, null, null);
    owed.insert(item);
    assertThrows(UnsupportedOperationException.class, () -> owed.add(item));
    assertThrows(UnsupportedOperationException.class, () -> owed.remove(0));
    assertThrows(UnsupportedOperationException.class, () -> owed.set(0, item));
    assertThrows(IndexOutOfBoundsException.class, () -> owed.get(1));
    assertEquals(List.of(item), owed);
  }
}
