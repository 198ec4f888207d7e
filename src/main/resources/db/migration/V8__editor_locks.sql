-- An editor's correction or withdrawal outranks the source: later reads of the page do not undo it.
ALTER TABLE entry ADD COLUMN editor_state VARCHAR(16);
