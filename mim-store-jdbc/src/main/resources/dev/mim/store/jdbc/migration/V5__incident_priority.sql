-- mim's JDBC event store, schema 5: each incident's priority beside its status. Plain SQL that runs unchanged on
-- H2 2.x and PostgreSQL 12 and newer; every statement may be run again.
--
-- mim_incident.priority  the incident's priority level after its last event (1 for P1), written with each append,
--                        so that open incidents are counted by priority without loading them
--                        (JdbcEventStore.openIncidentsByPriority). installSchema() fills it for the rows written
--                        before it existed.

ALTER TABLE mim_incident ADD COLUMN IF NOT EXISTS priority INTEGER;

CREATE INDEX IF NOT EXISTS mim_incident_open_by_priority ON mim_incident (is_open, priority);
