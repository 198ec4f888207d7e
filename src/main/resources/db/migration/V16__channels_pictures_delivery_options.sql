-- Issue 15: newsroom channels, pictures in pushes, silent pushes and link previews.

-- A channel an editor linked from a private chat; one row per (channel, editor) so every linking editor is told
-- when the bot loses the channel. The channel itself is a row in subscriber (chat_type 'channel').
CREATE TABLE channel_link (
    chat_id       BIGINT       NOT NULL,
    editor_id     BIGINT       NOT NULL,
    username      VARCHAR(64),
    linked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (chat_id, editor_id)
);
CREATE INDEX channel_link_by_editor ON channel_link (editor_id);

-- Per-chat delivery options: pushes without a notification sound, and link previews under pushes.
ALTER TABLE chat_settings ADD COLUMN silent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE chat_settings ADD COLUMN link_previews BOOLEAN DEFAULT FALSE NOT NULL;

-- The entry's own picture on the first part of a push (a URL, or tg-file:<file_id> for an editor's photo).
ALTER TABLE message ADD COLUMN image_url VARCHAR(2048);

-- Whether a push went out as a photo with the text as its caption: its edits then use editMessageCaption.
ALTER TABLE outbox ADD COLUMN photo_post BOOLEAN DEFAULT FALSE NOT NULL;
