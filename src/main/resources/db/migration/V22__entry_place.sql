-- Issue 14: an update added at the top of a live blog moves every entry below it one place down. Rewriting each
-- wide entry row (its whole text) to record that was most of a changed poll's database work. An entry's place
-- after such a move now lives in this narrow table, one small row per moved entry; entry.position keeps the place
-- the entry had when its text was last written, and a row here, when there is one, is newer.
CREATE TABLE entry_place (
    entry_id   VARCHAR(32)  PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    moved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
