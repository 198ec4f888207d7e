-- A migration that cannot run: start-up must stop on it, naming it.
ALTER TABLE no_such_table ADD COLUMN nothing INT;
