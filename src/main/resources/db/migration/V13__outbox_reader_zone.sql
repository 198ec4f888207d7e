-- The time zone a push slot was rendered in (NULL: GMT, as for every plain subscriber), so that an edit or a
-- retraction of the entry re-renders the message for the same reader instead of recovering times from old text.
ALTER TABLE outbox ADD COLUMN reader_zone VARCHAR(64);
