-- The language Sitrep writes a chat's replies, labels and menus in. language: chosen with /language (NULL: not
-- chosen); telegram_language: the language of the user's Telegram app, seen in a private chat (NULL: English or
-- unknown). A chat reads language, else telegram_language, else English; groups and channels never get the second.
ALTER TABLE chat_settings ADD COLUMN language VARCHAR(8);
ALTER TABLE chat_settings ADD COLUMN telegram_language VARCHAR(8);

-- The language a push slot was rendered in (NULL: English), kept beside reader_zone so that an edit or a
-- retraction re-renders the message for the same reader.
ALTER TABLE outbox ADD COLUMN reader_language VARCHAR(8);
