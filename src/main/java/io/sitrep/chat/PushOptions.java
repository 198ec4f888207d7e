package io.sitrep.chat;

/**
 * How a push is delivered to one chat: without a notification sound, with a link preview, and which link the
 * preview shows above the text (the entry's picture when it is too long for a caption).
 *
 * @param silent      sent with {@code disable_notification}
 * @param previews    link previews are shown (off: {@code link_preview_options.is_disabled})
 * @param previewUrl  the link to preview above the text, or null for the text's first link
 */
public record PushOptions(boolean silent, boolean previews, String previewUrl) {

    /** What replies and plain pushes use: a notification, no link preview. */
    public static final PushOptions PLAIN = new PushOptions(false, false, null);

    /** These options with the picture at {@code url} previewed above the text. */
    public PushOptions withPictureAbove(String url) {
        return new PushOptions(silent, true, url);
    }
}
