-- Issue 14: a pack also holds the sent records of chats that read in another time zone or language. Their pushes
-- were rendered for that reader (their own message row), so the same pack keys them by (entry, part, text) as
-- before, and keeps the reader the rows had (NULL: GMT, English, as in outbox), so rows made again from a pack are
-- edited with that reader's rendering. Without this, 1% of 100,000 subscribers reading in Kyiv time kept 40,000
-- outbox rows a day for three days.
ALTER TABLE sent_pack ADD COLUMN reader_zone VARCHAR(64);
ALTER TABLE sent_pack ADD COLUMN reader_language VARCHAR(8);
