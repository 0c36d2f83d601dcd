-- mim's JDBC event store, schema 2: snapshots, and the index of what falls due. Plain SQL that runs unchanged on
-- H2 2.x and PostgreSQL 12 and newer; every statement may be run again.
--
-- mim_incident.next_due_at  the earliest instant at which anything falls due for the incident under its tenant's
--                           policies (DueItems.next), written with each append; null when nothing is owed.
--                           Indexed, so that a sweep reads only the incidents with something due.
-- mim_incident.due_version  the version next_due_at was computed at; null for a row of schema 1 or written by a
--                           store made without policies, which JdbcEventStore.reindexDue() computes.
-- mim_snapshot              one row per incident: the snapshot of its state (mim-jackson's IncidentSnapshots) at a
--                           version, rewritten in the append transaction every N events. Loading reads it and the
--                           events after it; one that does not match its events is not trusted (the events win).

ALTER TABLE mim_incident ADD COLUMN IF NOT EXISTS next_due_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE mim_incident ADD COLUMN IF NOT EXISTS due_version BIGINT;

CREATE INDEX IF NOT EXISTS mim_incident_next_due ON mim_incident (next_due_at);

CREATE INDEX IF NOT EXISTS mim_incident_next_due_by_tenant ON mim_incident (tenant, next_due_at);

CREATE TABLE IF NOT EXISTS mim_snapshot (
  tenant          VARCHAR(200) NOT NULL,
  incident_id     VARCHAR(200) NOT NULL,
  version         BIGINT       NOT NULL,
  snapshot_schema INTEGER      NOT NULL,
  state           TEXT         NOT NULL,
  CONSTRAINT mim_snapshot_key PRIMARY KEY (tenant, incident_id)
);
