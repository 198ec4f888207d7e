-- Retention (issue 14) deletes message texts no outbox row points at. PostgreSQL does not index a foreign key's
-- referencing column by itself, so without this every deleted message would scan the whole outbox.
CREATE INDEX outbox_by_message ON outbox (message_id);
