-- mim's JDBC event store, schema 3: appends to different incidents no longer meet at one row. Plain SQL that runs
-- unchanged on H2 2.x and PostgreSQL 12 and newer; every statement may be run again.
--
-- mim_event_append  a sequence, which no transaction holds. An append inserts its events at provisional positions,
--                   the negatives of values drawn from it, instead of taking positions from mim_position.
-- mim_position      now taken only by readers in order (JdbcEventStore.eventsAfter): under its row's lock, a reader
--                   gives the committed events that are still provisional, in the order they were appended, the
--                   positions after last_position. An append in flight gets later positions once committed, so
--                   positions stay gapless and a reader that goes on from the last position it read misses none.
--                   A writer of schema 2 still takes positions from the same row, so both may run during an upgrade.

CREATE SEQUENCE IF NOT EXISTS mim_event_append;
