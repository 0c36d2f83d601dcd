-- mim's JDBC event store, schema 1: the events. Plain SQL that runs unchanged on H2 2.x and PostgreSQL 12 and
-- newer; every statement may be run again (IF NOT EXISTS), so installing it twice changes nothing.
--
-- mim_event     one row per event, in mim's own JSON shape (payload). Its primary key is the global position:
--               gapless, one more per event, in commit order, so that a reader of "all events after position p"
--               never misses one committed later with a smaller position. The unique key on
--               (tenant, incident_id, sequence) makes two writers racing on one incident unable to both succeed.
-- mim_incident  one row per incident: its version and status after its last event, for optimistic concurrency
--               (an append updates the row only at the version it expects) and for listing open incidents.
-- mim_position  one row: the last position given. Appends update it inside their transaction, which orders
--               them; appends to one database are therefore serialised at that row, for the short time between
--               taking the position and committing.

CREATE TABLE IF NOT EXISTS mim_event (
  position        BIGINT       NOT NULL PRIMARY KEY,
  tenant          VARCHAR(200) NOT NULL,
  incident_id     VARCHAR(200) NOT NULL,
  sequence        BIGINT       NOT NULL,
  schema_version  INTEGER      NOT NULL,
  fact_type       VARCHAR(100) NOT NULL,
  actor           VARCHAR(200) NOT NULL,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  payload         TEXT         NOT NULL,
  CONSTRAINT mim_event_incident_sequence UNIQUE (tenant, incident_id, sequence)
);

CREATE TABLE IF NOT EXISTS mim_incident (
  tenant          VARCHAR(200) NOT NULL,
  incident_id     VARCHAR(200) NOT NULL,
  version         BIGINT       NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  is_open         BOOLEAN      NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT mim_incident_key PRIMARY KEY (tenant, incident_id)
);

CREATE INDEX IF NOT EXISTS mim_incident_open_by_tenant ON mim_incident (tenant, is_open);

CREATE TABLE IF NOT EXISTS mim_position (
  id              INTEGER      NOT NULL PRIMARY KEY,
  last_position   BIGINT       NOT NULL
);

INSERT INTO mim_position (id, last_position)
  SELECT 1, 0 FROM (VALUES (1)) AS one(n) WHERE NOT EXISTS (SELECT 1 FROM mim_position WHERE id = 1);
