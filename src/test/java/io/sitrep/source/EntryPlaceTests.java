package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * An update added at the top of a live blog moves every entry below it one place down: nothing about the entries
 * below is written again, only entries that really moved are, and a restart still shows the entries in page order.
 */
class EntryPlaceTests {

    private static final String SOURCE = "Places Live";

    private final TrackedSources db = new TrackedSources();
    private final JsonLdLiveBlogParser jsonLd = new JsonLdLiveBlogParser();

    /** A JSON-LD blog of {@code updates} items, newest first in the markup, a minute apart. */
    private ParsedPage page(int updates, String editedSecond) {
        StringBuilder items = new StringBuilder();
        for (int i = updates - 1; i >= 0; i--) {
            if (items.length() > 0) {
                items.append(',');
            }
            String body = i == 1 && editedSecond != null ? editedSecond : "Ferry crossing number " + i + " ran on time.";
            items.append("{\"@type\":\"BlogPosting\",\"url\":\"https://places.example/live#u").append(i)
                    .append("\",\"datePublished\":\"").append(Instant.parse("2031-03-01T08:00:00Z").plusSeconds(60L * i))
                    .append("\",\"articleBody\":\"").append(body).append("\"}");
        }
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\",\"headline\":\"Ferries\","
                + "\"url\":\"https://places.example/live\",\"liveBlogUpdate\":[" + items + "]}</script></head><body></body></html>";
        return jsonLd.parse(Jsoup.parse(html, "https://places.example/live"), SOURCE);
    }

    private String storedTextTime(String headlineStart) {
        return db.jdbc.sql("SELECT CAST(updated_at AS VARCHAR) FROM entry WHERE headline LIKE ?").param(headlineStart + "%")
                .query(String.class).single();
    }

    @Test
    void entriesMovedDownByANewUpdateAreNotWrittenAgainAndComeBackInPageOrderAfterARestart() {
        db.tracker.apply(page(3, null), SOURCE);
        String before = storedTextTime("Ferry crossing number 0");
        db.clock.advance(java.time.Duration.ofMinutes(1));

        db.tracker.apply(page(4, null), SOURCE);
        db.clock.advance(java.time.Duration.ofMinutes(1));
        db.tracker.apply(page(5, null), SOURCE);

        assertThat(storedTextTime("Ferry crossing number 0")).isEqualTo(before);
        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM entry_place").query(Long.class).single()).isZero();
        List<Entry> restarted = new EntryStore(db.jdbc).findRecent(10);
        assertThat(restarted).extracting(Entry::headline).containsExactly("Ferry crossing number 4 ran on time.",
                "Ferry crossing number 3 ran on time.", "Ferry crossing number 2 ran on time.",
                "Ferry crossing number 1 ran on time.", "Ferry crossing number 0 ran on time.");
    }

    @Test
    void anEntryMovedAboveOthersIsTheOnlyOneWhosePlaceIsWrittenAndTheNewOrderSurvivesARestart() {
        db.tracker.apply(page(4, null), SOURCE);
        // The newsroom pins the oldest update to the top: the same four entries, one of them in a new place.
        ParsedPage pinned = page(4, null);
        List<Entry> entries = new java.util.ArrayList<>(pinned.entries());
        Entry oldest = entries.remove(entries.size() - 1);
        entries.add(0, oldest);
        List<Entry> renumbered = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            renumbered.add(entries.get(i).withPosition(i));
        }

        db.tracker.apply(pinned.withEntries(renumbered), SOURCE);

        assertThat(db.jdbc.sql("SELECT COUNT(*) FROM entry_place").query(Long.class).single()).isEqualTo(1);
        assertThat(new EntryStore(db.jdbc).findRecent(10)).extracting(Entry::headline).containsExactly(
                "Ferry crossing number 0 ran on time.", "Ferry crossing number 3 ran on time.",
                "Ferry crossing number 2 ran on time.", "Ferry crossing number 1 ran on time.");
    }

    @Test
    void anEntryWhoseTextChangesIsStoredWithItsPlace() {
        db.tracker.apply(page(3, null), SOURCE);
        db.tracker.apply(page(4, null), SOURCE);
        db.clock.advance(java.time.Duration.ofMinutes(1));

        db.tracker.apply(page(5, "Ferry crossing number 1 was cancelled by the storm."), SOURCE);

        List<Entry> stored = db.store.findByPage(SOURCE, "https://places.example/live").stream()
                .sorted(java.util.Comparator.comparingInt(Entry::position)).toList();
        assertThat(stored).extracting(Entry::headline).containsExactly("Ferry crossing number 4 ran on time.",
                "Ferry crossing number 3 ran on time.", "Ferry crossing number 2 ran on time.",
                "Ferry crossing number 1 was cancelled by the storm.", "Ferry crossing number 0 ran on time.");
    }
}
