-- Fan-out at scale (issue 14): every outbox row written updates each index on the table. outbox_by_chat (chat_id) is
-- a prefix of outbox_by_chat_state (chat_id, state), which serves every query by chat, so it only cost writes.
DROP INDEX outbox_by_chat;
