package io.sitrep.editor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.sitrep.briefing.Html;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryEdited;
import io.sitrep.source.EntryKind;
import io.sitrep.source.EntryPublished;
import io.sitrep.source.EntryRetracted;
import io.sitrep.source.EntryStore;
import io.sitrep.source.Sentences;
import io.sitrep.subscription.PushAudience;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Editors' changes to entries: their own UPDATEs (stored and pushed like any other, under the newsroom's source
 * name), corrections and withdrawals. Each updates the database and the cache first, then announces itself with
 * the same events the source tracker uses, so delivery treats it like a change on a page.
 */
@Component
class Newsroom {

    private final EntryStore store;
    private final EntryCache cache;
    private final ApplicationEventPublisher events;
    private final PushAudience audience;
    private final NewsroomProperties properties;
    private final Clock clock;

    Newsroom(EntryStore store, EntryCache cache, ApplicationEventPublisher events, PushAudience audience,
             NewsroomProperties properties, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.events = events;
        this.audience = audience;
        this.properties = properties;
        this.clock = clock;
    }

    /** Stores an editor's UPDATE, timestamped now, and publishes it to subscribers (their filters apply). */
    public Entry publish(String text, long editorId) {
        return publish(text, editorId, null);
    }

    /**
     * {@link #publish(String, long)} with a picture the editor sent (its Telegram file_id, or null): the push goes
     * out as that photo with the text as its caption when the text fits one.
     */
    public Entry publish(String text, long editorId, String photoFileId) {
        Instant now = clock.instant();
        Instant time = now.truncatedTo(ChronoUnit.SECONDS);
        List<String> paragraphs = paragraphs(text);
        String id = "nr" + hash(editorId + "|" + now + "|" + text, 16);
        Entry entry = new Entry(id, properties.name(), properties.url(), EntryKind.UPDATE, time, headline(paragraphs),
                paragraphs, List.of(), photoFileId == null ? List.of() : List.of(Entry.TELEGRAM_FILE + photoFileId),
                hash(String.join("\n\n", paragraphs), 12), 0);
        store.insert(entry, now);
        List<Entry> newsroom = new ArrayList<>();
        newsroom.add(entry);
        cache.all().stream().filter(e -> e.source().equals(entry.source())).forEach(e -> newsroom.add(e.withPosition(e.position() + 1)));
        cache.put(entry.source(), newsroom);
        events.publishEvent(new EntryPublished(entry));
        return entry;
    }

    /** Replaces an entry's text; the event lets delivery edit the messages already sent. */
    public Optional<EntryEdited> correct(String entryId, String text) {
        Optional<Entry> found = find(entryId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Entry before = found.get();
        List<String> paragraphs = paragraphs(text);
        Entry after = new Entry(before.id(), before.source(), before.pageUrl(), before.kind(), before.time(),
                before.kind() == EntryKind.STORY ? before.headline() : headline(paragraphs), paragraphs, before.links(),
                before.media(), hash(String.join("\n\n", paragraphs) + "|corrected", 12), before.position());
        store.update(after, clock.instant());
        store.lockByEditor(after.id(), io.sitrep.source.EntryTracker.CORRECTED_BY_EDITOR);
        List<Entry> sameSource = cache.all().stream().filter(e -> e.source().equals(after.source()))
                .map(e -> e.id().equals(after.id()) ? after : e).toList();
        if (sameSource.stream().anyMatch(e -> e.id().equals(after.id()))) {
            cache.put(after.source(), sameSource);
        }
        EntryEdited edited = new EntryEdited(before, after);
        events.publishEvent(edited);
        return Optional.of(edited);
    }

    /** Withdraws an entry: marked retracted, gone from the cache, never pushed again. */
    public Optional<Entry> retract(String entryId) {
        Optional<Entry> found = find(entryId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        store.markRetracted(entryId, clock.instant());
        store.lockByEditor(entryId, io.sitrep.source.EntryTracker.RETRACTED_BY_EDITOR);
        audience.withdraw(entryId, clock.instant());
        events.publishEvent(new EntryRetracted(found.get()));
        return found;
    }

    /** The source name the newsroom's own UPDATEs carry. */
    public String sourceName() {
        return properties.name();
    }

    public Optional<Entry> find(String entryId) {
        Optional<Entry> cached = cache.byId(entryId);
        return cached.isPresent() ? cached : store.findById(entryId).filter(e -> !audience.isWithdrawn(e.id()));
    }

    /** Paragraphs split at blank lines, each stripped. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out.isEmpty() ? List.of(text.strip()) : out;
    }

    private static String headline(List<String> paragraphs) {
        return Html.trim(Sentences.first(paragraphs.get(0)), 300);
    }

    private static String hash(String input, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
