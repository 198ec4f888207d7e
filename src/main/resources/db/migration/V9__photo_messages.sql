-- A reply can be a picture (/map): the PNG is kept with its message so a restart still sends it.
ALTER TABLE message ADD COLUMN photo BYTEA;
