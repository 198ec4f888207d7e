-- Fan-out at scale (issue 14): H2 writes an identity's next value to disk, in a commit of its own, every CACHE
-- values (32 by default), so 100,000 outbox rows cost about 3,000 extra commits: 40% of writing them (profiled).
-- H2 hands values out from one counter per database whatever the cache, so ids stay in insertion order; after a
-- crash the unused cached values are skipped, never reused. PostgreSQL's sequences commit nothing and keep theirs.
ALTER TABLE outbox ALTER COLUMN id SET CACHE 10000;
