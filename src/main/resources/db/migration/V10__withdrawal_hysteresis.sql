-- Issue 18: an entry missing from its page counts as withdrawn only once it has been missing for several reads in a
-- row and for some time (sitrep.ingest.retract-after-polls, retract-after). Until then it is only "absent": these
-- columns count the reads that missed it and say when the first did; an entry back on the page is reset quietly.
ALTER TABLE entry ADD COLUMN absent_polls INT DEFAULT 0 NOT NULL;
ALTER TABLE entry ADD COLUMN absent_since TIMESTAMP WITH TIME ZONE;
