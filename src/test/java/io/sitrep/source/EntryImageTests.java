package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which of an entry's media is its own picture. */
class EntryImageTests {

    private static Entry withMedia(String... media) {
        return new Entry("e1", "Test Wire", "https://example.org/live", EntryKind.UPDATE, null, "Headline",
                List.of("Text."), List.of(), List.of(media), "v1", 0);
    }

    @Test
    void thePictureIsTheFirstImageFileAmongTheMediaWhateverItsQuery() {
        Entry entry = withMedia("https://www.youtube.com/embed/abc", "https://video.example.org/clip.mp4",
                "https://img.example.org/photos/aleppo.JPG?width=1200#top", "https://img.example.org/second.png");
        assertThat(entry.imageUrl()).isEqualTo("https://img.example.org/photos/aleppo.JPG?width=1200#top");
    }

    @Test
    void videosEmbedsAndNonWebLinksAreNoPictureAndAnEditorsPhotoIs() {
        assertThat(withMedia("https://twitter.com/x/status/1", "ftp://example.org/a.jpg", "data:image/png;base64,xyz")
                .imageUrl()).isNull();
        assertThat(withMedia().imageUrl()).isNull();
        assertThat(withMedia(Entry.TELEGRAM_FILE + "AgACAgQ").imageUrl()).isEqualTo("tg-file:AgACAgQ");
        assertThat(withMedia(Entry.TELEGRAM_FILE).imageUrl()).isNull();
    }
}
