-- Delivery engine (issue 5).
-- A push row is now a "slot": one per (entry, part, chat), whatever the version. message_id is the text the chat
-- should show; sent_message_id is the text it shows now. A slot whose Telegram message exists and whose two ids
-- differ is an edit waiting to be made, so edits are queued, paced and retried like sends and survive a crash.
ALTER TABLE outbox ADD COLUMN entry_id VARCHAR(32);
ALTER TABLE outbox ADD COLUMN part INT;
ALTER TABLE outbox ADD COLUMN sent_message_id BIGINT;
ALTER TABLE outbox ADD COLUMN dead_at TIMESTAMP WITH TIME ZONE;

-- The slot key supersedes (chat, message): it also holds across versions of an entry.
ALTER TABLE outbox DROP CONSTRAINT outbox_once;

-- Existing push rows become slots; if an entry was queued twice for a chat, only the newest row keeps the key.
UPDATE outbox SET entry_id = (SELECT m.entry_id FROM message m WHERE m.id = outbox.message_id),
                  part = (SELECT m.part FROM message m WHERE m.id = outbox.message_id)
 WHERE priority = 1
   AND NOT EXISTS (SELECT 1 FROM outbox newer
                     JOIN message nm ON nm.id = newer.message_id
                     JOIN message om ON om.id = outbox.message_id
                    WHERE newer.chat_id = outbox.chat_id AND newer.priority = 1 AND newer.id > outbox.id
                      AND nm.entry_id = om.entry_id AND nm.part = om.part);
UPDATE outbox SET sent_message_id = message_id WHERE telegram_message_id IS NOT NULL;
UPDATE outbox SET dead_at = created_at WHERE state = 'DEAD';

CREATE UNIQUE INDEX outbox_slot ON outbox (entry_id, part, chat_id);
CREATE INDEX outbox_by_chat ON outbox (chat_id);
CREATE INDEX message_by_entry ON message (entry_id, entry_version, part);
