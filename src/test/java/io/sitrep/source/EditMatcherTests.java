package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EditMatcherTests {

    private static Entry story(String id, String headline, String text) {
        return new Entry(id, "S", "https://example.org/live/", EntryKind.STORY, null, headline, List.of(text), List.of(),
                List.of(), Hashes.shortHash(headline + text, 8), 0);
    }

    private static ParsedPage pageOf(Entry... entries) {
        return new ParsedPage("https://example.org/live/", "Live", null, List.of(entries));
    }

    @Test
    void aRewordedHeadlineKeepsTheKnownId() {
        Entry known = story("old", "Turkey: We Killed 55 Islamic State Fighters Inside Syria",
                "Turkey's military says its artillery and US-led coalition jets killed 55 fighters near Kilis.");
        Entry fresh = story("new", "Turkey: We Killed 55 Islamic State Fighters in Syria", known.text());

        ParsedPage matched = EditMatcher.keepIdsOfRewordedEntries(pageOf(fresh), Map.of("old", known));

        assertThat(matched.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("old");
            assertThat(e.headline()).isEqualTo(fresh.headline());
        });
    }

    @Test
    void aDifferentStoryInTheSamePlaceIsNewNotAnEdit() {
        Entry known = story("old", "Video: Protest in Idlib", "Hundreds marched against the local council on Friday.");
        Entry fresh = story("new", "Video: Protest in Hama", "Residents filmed a convoy leaving the besieged prison.");

        ParsedPage matched = EditMatcher.keepIdsOfRewordedEntries(pageOf(fresh), Map.of("old", known));

        assertThat(matched.entries()).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("new"));
    }

    @Test
    void anEntryStillOnThePageIsNeverTakenByAnother() {
        Entry kept = story("a", "Aleppo: Shelling", "Shelling hit the old city.");
        Entry lookalike = story("b", "Aleppo: Shelling", "Shelling hit the old city again.");

        ParsedPage matched = EditMatcher.keepIdsOfRewordedEntries(pageOf(kept, lookalike), Map.of("a", kept));

        assertThat(matched.entries()).extracting(Entry::id).containsExactly("a", "b");
    }

    @Test
    void aWindowedPageKeepsItsFormatThroughMatching() {
        Entry known = story("old", "Headline one two three", "Body one two three four five.");
        Entry fresh = story("new", "Headline one two three", "Body one two three four five six.");
        ParsedPage feed = new ParsedPage("https://f/", "F", null, List.of(fresh), SourceFormat.FEED, true);

        ParsedPage matched = EditMatcher.keepIdsOfRewordedEntries(feed, Map.of("old", known));

        assertThat(matched.format()).isEqualTo(SourceFormat.FEED);
        assertThat(matched.windowed()).isTrue();
        assertThat(matched.entries().get(0).id()).isEqualTo("old");
    }
}
