-- Scale-out (issue 7): several Sitrep instances on one database. Portable SQL: the same file runs on H2 and PostgreSQL.

-- Who reads each source now: the owner renews its lease on every poll, another instance takes it once it expires.
-- last_success_at lets every instance's health check see the source's last good read, whoever made it.
CREATE TABLE source_lease (
    source          VARCHAR(200) PRIMARY KEY,
    owner           VARCHAR(100) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_success_at TIMESTAMP WITH TIME ZONE
);

-- Live instances, each seen every few seconds: the global send rate is split between them.
CREATE TABLE sitrep_instance (
    instance_id   VARCHAR(100) PRIMARY KEY,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An outbox row being sent is SENDING, claimed by one instance until claim_expires_at (then others may retry it).
ALTER TABLE outbox ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE outbox ADD COLUMN claim_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX outbox_by_chat_state ON outbox (chat_id, state);
