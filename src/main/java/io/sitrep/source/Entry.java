package io.sitrep.source;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a live blog as Sitrep understands it.
 *
 * @param id         stable id: the same after a typo fix in the text
 * @param source     the configured source name
 * @param pageUrl    the page the entry was read from (its canonical URL when the page names one)
 * @param kind       update, original entry or story
 * @param time       when it was published, if the page says; null for undated stories
 * @param headline   for an UPDATE its first sentence, otherwise the story's headline
 * @param paragraphs the entry's text, one string per paragraph, markers stripped
 * @param links      links in the text, absolute
 * @param media      embedded media (images, videos, posts) as links
 * @param version    a short hash of the text; changes on every edit
 * @param position   order on the page, 0 at the top
 */
public record Entry(String id, String source, String pageUrl, EntryKind kind, Instant time, String headline,
                    List<String> paragraphs, List<String> links, List<String> media, String version, int position) {

    public Entry {
        paragraphs = List.copyOf(paragraphs);
        links = List.copyOf(links);
        media = List.copyOf(media);
    }

    /** The whole text, paragraphs separated by blank lines. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }

    /** Prefix of a picture held by Telegram (an editor's photo): {@code tg-file:<file_id>}. */
    public static final String TELEGRAM_FILE = "tg-file:";

    /**
     * The entry's own picture: the first of its media that is an image file (by its extension), or a Telegram file
     * ({@link #TELEGRAM_FILE}); null when it has none. Videos, embeds and posts are not pictures.
     */
    public String imageUrl() {
        return imageOf(media);
    }

    /** {@link #imageUrl()} for media read elsewhere (one link per item). */
    public static String imageOf(List<String> media) {
        for (String link : media) {
            if (link == null) {
                continue;
            }
            if (link.startsWith(TELEGRAM_FILE) && link.length() > TELEGRAM_FILE.length()) {
                return link;
            }
            String lower = link.toLowerCase(java.util.Locale.ROOT);
            if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
                continue;
            }
            String path = lower.replaceFirst("[?#].*$", "");
            if (path.matches(".*\\.(jpe?g|png|webp)$")) {
                return link;
            }
        }
        return null;
    }

    public boolean isUpdate() {
        return kind == EntryKind.UPDATE;
    }

    /** The same entry at another position on the page (position is not content). */
    public Entry withPosition(int newPosition) {
        return new Entry(id, source, pageUrl, kind, time, headline, paragraphs, links, media, version, newPosition);
    }
}
