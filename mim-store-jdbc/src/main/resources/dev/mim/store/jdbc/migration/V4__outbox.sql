-- mim's JDBC event store, schema 4: a transactional outbox. Plain SQL that runs unchanged on H2 2.x and
-- PostgreSQL 12 and newer; every statement may be run again.
--
-- mim_outbox  one row per event, written in the append's transaction by a store made withOutbox, so that what was
--             stored is what is published, even when the process dies between the commit and the publication.
--             The first five columns are the shape Debezium's outbox event router reads:
--               id             the event's CloudEvents id, tenant/incident/sequence
--               aggregatetype  always 'incident'
--               aggregateid    tenant/incident, the message key: one incident's events go to one partition
--               type           the CloudEvents type, dev.mim.incident.declared
--               payload        the event as a CloudEvent in the structured JSON format
--             then the tenant, the incident and the event's sequence, for mim's own relay (OutboxRelay), which
--             publishes each incident's rows in sequence order and sets published_at; enqueued orders incidents
--             oldest first. A host that streams the table with Debezium may delete rows once read instead.

CREATE SEQUENCE IF NOT EXISTS mim_outbox_enqueued;

CREATE TABLE IF NOT EXISTS mim_outbox (
  id              VARCHAR(800) NOT NULL PRIMARY KEY,
  aggregatetype   VARCHAR(20)  NOT NULL,
  aggregateid     VARCHAR(800) NOT NULL,
  type            VARCHAR(100) NOT NULL,
  payload         TEXT         NOT NULL,
  tenant          VARCHAR(200) NOT NULL,
  incident_id     VARCHAR(200) NOT NULL,
  sequence        BIGINT       NOT NULL,
  enqueued        BIGINT       NOT NULL,
  published_at    TIMESTAMP WITH TIME ZONE,
  CONSTRAINT mim_outbox_incident_sequence UNIQUE (tenant, incident_id, sequence)
);

CREATE INDEX IF NOT EXISTS mim_outbox_pending ON mim_outbox (published_at, enqueued);
