package io.sitrep.delivery;

import io.sitrep.subscription.Recipient;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sitrep.shared.SqlTime;
import io.sitrep.briefing.ReaderSettings;
import io.sitrep.briefing.Times;
import io.sitrep.language.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Messages waiting to be sent or edited, one row per (chat, message). Writing here is part of the caller's
 * transaction, so a push is recorded together with the entry that caused it; the {@link OutboxSender} drains it.
 *
 * <p>A push row is a slot keyed by (entry, part, chat), whatever the entry's version: {@code message_id} is the text
 * the chat should show and {@code sent_message_id} the text it shows. A PENDING row without a Telegram message id
 * is a send; one with a Telegram message id is an edit. Rows are PENDING, SENT, CANCELLED or DEAD.
 *
 * <p>A push's finished rows (for any reader's zone and language; not in a forum topic, not a photo) are packed a
 * while after sending ({@link SentPacker}, {@link SentPacks}): every question about which chats have an entry part
 * reads the packs too, and everything that changes an entry part's slots (an edit, a withdrawal, an added part, a
 * republish, a fan-out chunk) turns its packs back into rows first.
 * Lock discipline: each of those paths locks the entry's row ({@link SentPacks#lockEntry}) before it reads or
 * changes the entry's slots, packs or fan-out rows, and so does the packer; the entry lock always comes before the
 * fan-out row's and the slots', so the two orders never cross.
 */
@Repository
public class Outbox implements io.sitrep.subscription.PushQueue {

    /** Subscribers a push fans out to in bulk; the others get theirs through {@link #enqueuePush(String, String, List, Collection, Instant)}. */
    private static final String PLAIN = io.sitrep.subscription.PlainSubscribers.CONDITION;

    /** A slot's stored zone read with GMT for NULL, the zone of plain subscribers and fan-outs. */
    private static final String GMT = "GMT";
    private static final String ZONE = "COALESCE(reader_zone, '" + GMT + "')";
    /** A slot's reader as compared with {@link #readerKey}: its zone and language, "GMT|en" for plain subscribers. */
    private static final String READER = ZONE + " || '|' || COALESCE(reader_language, 'en')";
    private static final String PLAIN_READER = GMT + "|en";

    /** Command replies go before pushes. */
    public static final int REPLY = 0;
    public static final int PUSH = 1;

    /** A row due for sending (no Telegram message yet) or editing (the chat has one showing other text). */
    record Due(long id, long chatId, Integer threadId, long messageId, int priority, int attempts, String text,
               Long telegramMessageId, String buttons, boolean photo, String imageUrl, boolean photoPost) {

        Due(long id, long chatId, Integer threadId, long messageId, int priority, int attempts, String text,
            Long telegramMessageId, String buttons, boolean photo) {
            this(id, chatId, threadId, messageId, priority, attempts, text, telegramMessageId, buttons, photo, null, false);
        }

        Due(long id, long chatId, Integer threadId, long messageId, int priority, int attempts, String text,
            Long telegramMessageId, String buttons) {
            this(id, chatId, threadId, messageId, priority, attempts, text, telegramMessageId, buttons, false);
        }

        boolean isEdit() {
            return telegramMessageId != null;
        }
    }

    private final JdbcClient jdbc;
    private final OutboxSignal signal;
    private final SentPacks packs;

    Outbox(JdbcClient jdbc, OutboxSignal signal, SentPacks packs) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.packs = packs;
    }

    /**
     * Locks the entry's sent records (its row) until the transaction ends, so the packer cannot move them between
     * this transaction's reads; every path that reads and then changes an entry's slots takes it first.
     */
    void lockSlots(String entryId) {
        packs.lockEntry(entryId);
    }

    /** Queues a reply (in parts) to one chat, ahead of any push. */
    public void enqueueReply(long chatId, Integer threadId, List<String> parts, Instant now) {
        for (String part : parts) {
            long messageId = insertMessage("REPLY", null, null, 0, part, now);
            jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at) "
                            + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")
                    .params(chatId, threadId, messageId, REPLY, SqlTime.of(now), SqlTime.of(now)).update();
        }
        signal.wakeAfterCommit();
    }

    /** Queues a picture with an HTML caption as a reply to one chat (the map). */
    public void enqueuePhotoReply(long chatId, Integer threadId, byte[] png, String captionHtml, Instant now) {
        long messageId = insertMessage("PHOTO", null, null, 0, captionHtml, now);
        jdbc.sql("UPDATE message SET photo = ? WHERE id = ?").params(png, messageId).update();
        jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at) "
                        + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")
                .params(chatId, threadId, messageId, REPLY, SqlTime.of(now), SqlTime.of(now)).update();
        signal.wakeAfterCommit();
    }

    /** The picture of a photo message. */
    byte[] photo(long messageId) {
        return jdbc.sql("SELECT photo FROM message WHERE id = ?").param(messageId).query(byte[].class).single();
    }

    /** Queues a reply (in parts) to one chat, with inline buttons under its last part. */
    public void enqueueReply(long chatId, Integer threadId, List<String> parts, io.sitrep.chat.Buttons buttons, Instant now) {
        for (int i = 0; i < parts.size(); i++) {
            String encoded = i == parts.size() - 1 && buttons != null && !buttons.isEmpty() ? buttons.encode() : null;
            long messageId = insertMessage("REPLY", null, null, 0, parts.get(i), now);
            if (encoded != null) {
                jdbc.sql("UPDATE message SET buttons = ? WHERE id = ?").params(encoded, messageId).update();
            }
            jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at) "
                            + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?)")
                    .params(chatId, threadId, messageId, REPLY, SqlTime.of(now), SqlTime.of(now)).update();
        }
        signal.wakeAfterCommit();
    }

    /**
     * Queues a push (in parts) for exactly these recipients, each in its forum topic when it has one: subscribers
     * with topics, filters, time zones, or held pushes released from a digest. entryId and version may be null for
     * pushes that are not one entry (digests, broadcasts). A chat gets one slot per entry part, so an entry already
     * queued for a chat is not queued again. Returns the rows written.
     */
    public int enqueuePush(String entryId, String version, List<String> parts, Collection<Recipient> to, Instant now) {
        return enqueuePush(entryId, version, parts, to, ZoneOffset.UTC, now);
    }

    /**
     * {@link #enqueuePush(String, String, List, Collection, Instant)} for parts rendered in {@code zone}: the slots
     * remember it, so edits and retractions of the entry are rendered for the same zone.
     */
    public int enqueuePush(String entryId, String version, List<String> parts, Collection<Recipient> to, ZoneId zone,
                           Instant now) {
        return enqueuePush(entryId, version, parts, to, ReaderSettings.in(zone), now);
    }

    /**
     * {@link #enqueuePush(String, String, List, Collection, Instant)} for parts rendered for {@code reader}: the slots
     * remember its zone and language, so edits and retractions of the entry are rendered for the same reader.
     */
    @Override
    public int enqueuePush(String entryId, String version, List<String> parts, Collection<Recipient> to,
                           ReaderSettings reader, Instant now) {
        if (to.isEmpty() || parts.isEmpty()) {
            return 0;
        }
        Map<Long, Recipient> byChat = new LinkedHashMap<>();
        to.forEach(r -> byChat.putIfAbsent(r.chatId(), r));
        if (entryId != null) {
            lockSlots(entryId);
        }
        int rows = 0;
        for (int part = 0; part < parts.size(); part++) {
            long messageId = entryId == null ? insertMessage("PUSH", null, null, part, parts.get(part), now)
                    : messageFor("PUSH", entryId, version, part, parts.get(part), now);
            // A chat whose record of this part is packed has it already, like one with a row.
            long[] packed = entryId == null ? new long[0] : packs.chats(entryId, part);
            for (Recipient r : byChat.values()) {
                if (entryId != null && (java.util.Arrays.binarySearch(packed, r.chatId()) >= 0
                        || jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = ? AND part = ? AND chat_id = ?")
                        .params(entryId, part, r.chatId()).query(Long.class).single() > 0)) {
                    continue;
                }
                rows += jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part, reader_zone, reader_language) "
                                + "VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)")
                        .params(r.chatId(), r.threadId(), messageId, PUSH, SqlTime.of(now), SqlTime.of(now), entryId,
                                entryId == null ? null : part, storedZone(reader.zone()), storedLanguage(reader.language()))
                        .update();
            }
        }
        signal.wakeAfterCommit();
        return rows;
    }

    /**
     * How many chats were sent, or are about to be sent, at least one message of an entry. Packed chats count once
     * each, whatever parts of theirs are packed or in rows: the rows are read before the packs, so a pack written
     * meanwhile only repeats chats already seen.
     */
    public long chatsReached(String entryId) {
        long written = 0;
        boolean anyPacked = packs.any(entryId);
        if (!anyPacked) {
            written = jdbc.sql("SELECT COUNT(DISTINCT o.chat_id) FROM outbox o WHERE o.entry_id = ? AND o.state IN ('PENDING', 'SENT')")
                    .param(entryId).query(Long.class).single();
            anyPacked = packs.any(entryId); // packed meanwhile: counted again below
        }
        if (anyPacked) {
            long[] inRows = jdbc.sql("SELECT DISTINCT o.chat_id FROM outbox o WHERE o.entry_id = ? AND o.state IN ('PENDING', 'SENT')")
                    .param(entryId).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
            long[] packed = packs.chats(entryId);
            written = packed.length + java.util.Arrays.stream(inRows).filter(c -> java.util.Arrays.binarySearch(packed, c) < 0).count();
        }
        // The plain subscribers the fan-out has not written out yet will get it too: the active ones after its
        // cursor less the few that are not plain (counted apart, so no subscriber row pays for the test).
        Optional<Long> cursor = jdbc.sql("SELECT after_chat_id FROM push_fanout WHERE entry_id = ? AND part = 0")
                .param(entryId).query(Long.class).optional();
        if (cursor.isEmpty()) {
            return written;
        }
        long after = cursor.get();
        long active = jdbc.sql("SELECT COUNT(*) FROM subscriber WHERE active = TRUE AND chat_id > ?").param(after)
                .query(Long.class).single();
        long notPlain = jdbc.sql("SELECT COUNT(*) FROM subscriber WHERE active = TRUE AND chat_id IN ("
                        + io.sitrep.subscription.PlainSubscribers.NOT_PLAIN_IN_RANGE + ")")
                .params(after, Long.MAX_VALUE, after, Long.MAX_VALUE, after, Long.MAX_VALUE).query(Long.class).single();
        return written + active - notPlain;
    }

    /**
     * Queues one entry's push (in parts) for every active plain subscriber; returns the number of rows written now.
     * Idempotent per (chat, entry, part): a chat that already has the entry gets no second message, only its text
     * brought up to this version (an edit when it was already sent). The first {@value #CHUNK} chats are written
     * here, in the caller's transaction, with a fan-out row (a cursor over the subscribers) for the rest, which
     * {@link PushFanout} writes out chunk by chunk just ahead of the sender; while another push is still fanning out,
     * this one queues behind it so every chat gets entries in order.
     */
    public int enqueuePush(String entryId, String version, List<String> parts, Instant now) {
        lockSlots(entryId);
        int rows = 0;
        boolean seenBefore = hasSlots(entryId);
        boolean behindAnother = !seenBefore && fanningOut();
        for (int part = 0; part < parts.size(); part++) {
            long messageId = messageFor("PUSH", entryId, version, part, parts.get(part), now);
            if (seenBefore) {
                rows += republish(entryId, part, messageId, now);
            } else if (behindAnother) {
                startFanout(entryId, part, messageId, Long.MIN_VALUE, now);
            } else {
                Long upTo = chunkEnd(Long.MIN_VALUE, CHUNK);
                if (upTo != null) {
                    rows += insertRange(entryId, part, messageId, Long.MIN_VALUE, upTo, false, now);
                    if (chunkEnd(upTo, 1) != null) {
                        startFanout(entryId, part, messageId, upTo, now);
                    }
                }
            }
        }
        signal.wakeAfterCommit();
        return rows;
    }

    /** Chats written in the entry's own transaction, so sending starts at once. */
    static final int CHUNK = 2_000;
    /**
     * The most chats written per transaction by the fan-out after the first chunk: large enough that a chunk's fixed
     * work (the lock, the range, the commit) is paid 10 times for 100,000 chats rather than 50, small enough that an
     * edit waiting on the fan-out row waits a fraction of a second. {@link FanoutLead} picks the size for the rate.
     */
    static final int FANOUT_CHUNK = 10_000;

    /** A push still being written out to subscribers, from {@code afterChatId} on. */
    record Fanout(long id, String entryId, int part, long messageId, long afterChatId) {
    }

    /** The next push to fan out (the oldest), if any. */
    Optional<Fanout> nextFanout() {
        return jdbc.sql("SELECT id, entry_id, part, message_id, after_chat_id FROM push_fanout ORDER BY id LIMIT 1")
                .query((rs, i) -> new Fanout(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)))
                .optional();
    }

    /**
     * Writes the next {@code size} chats of a fan-out and moves its cursor, in the caller's transaction; returns the
     * rows written, or -1 when the fan-out is finished (or was withdrawn meanwhile). The other parts of the same entry
     * standing at the same cursor (a long entry sent in two messages) take the same chats in the same transaction, so
     * a chat gets its second part right after its first rather than after every chat got the first. The fan-out rows
     * are locked first, so an edit (which updates them before the slots) either sees this chunk's rows or hands its
     * new text to this chunk.
     */
    int fanOutChunk(long fanoutId, int size, Instant now) {
        // The entry's lock before the fan-out row's, in the order every edit takes them.
        Optional<String> entry = jdbc.sql("SELECT entry_id FROM push_fanout WHERE id = ?").param(fanoutId).query(String.class).optional();
        if (entry.isEmpty()) {
            return -1;
        }
        lockSlots(entry.get());
        Optional<Fanout> locked = jdbc.sql("SELECT id, entry_id, part, message_id, after_chat_id FROM push_fanout WHERE id = ? FOR UPDATE")
                .param(fanoutId)
                .query((rs, i) -> new Fanout(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)))
                .optional();
        if (locked.isEmpty()) {
            return -1;
        }
        Fanout first = locked.get();
        List<Fanout> parts = jdbc.sql("SELECT id, entry_id, part, message_id, after_chat_id FROM push_fanout "
                        + "WHERE entry_id = ? AND after_chat_id = ? ORDER BY part FOR UPDATE")
                .params(first.entryId(), first.afterChatId())
                .query((rs, i) -> new Fanout(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)))
                .list();
        Long upTo = chunkEnd(first.afterChatId(), size);
        if (upTo == null) {
            parts.forEach(done -> jdbc.sql("DELETE FROM push_fanout WHERE id = ?").param(done.id()).update());
            return -1;
        }
        int rows = 0;
        for (Fanout fanout : parts) {
            // An entry being fanned out is not packed (SentPacker waits for the end of its fan-out); should a pack
            // of it exist all the same, its chats become rows again so the check below sees them.
            if (packs.overlaps(fanout.entryId(), fanout.part(), fanout.afterChatId(), upTo)) {
                packs.unpack(fanout.entryId(), fanout.part());
            }
            // Chats in this range that already have the entry (an edit added a part, a republish) are skipped;
            // usually there are none, and then no row pays for the check.
            boolean someHaveIt = jdbc.sql("SELECT COUNT(*) FROM outbox WHERE entry_id = ? AND part = ? AND chat_id > ? AND chat_id <= ?")
                    .params(fanout.entryId(), fanout.part(), fanout.afterChatId(), upTo).query(Long.class).single() > 0;
            rows += insertRange(fanout.entryId(), fanout.part(), fanout.messageId(), fanout.afterChatId(), upTo, someHaveIt, now);
            jdbc.sql("UPDATE push_fanout SET after_chat_id = ? WHERE id = ?").params(upTo, fanout.id()).update();
        }
        signal.wakeAfterCommit();
        return rows;
    }

    /**
     * Pushes and edits waiting to be sent now (not those waiting out a retry): what the fan-out keeps ahead of the
     * sender, read along the index the sender reads.
     */
    long duePushes(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING' AND priority = ? AND next_attempt_at <= ?")
                .params(PUSH, SqlTime.of(now)).query(Long.class).single();
    }

    /**
     * The highest chat id among the next {@code size} active subscribers after {@code afterChatId} (plain or not: the
     * insert picks the plain ones), read along the primary key; null if none.
     */
    private Long chunkEnd(long afterChatId, int size) {
        return jdbc.sql("SELECT MAX(chat_id) FROM (SELECT s.chat_id FROM subscriber s WHERE s.active = TRUE AND s.chat_id > ? "
                        + "ORDER BY s.chat_id LIMIT ?) chunk")
                .params(afterChatId, size).query(Long.class).optional().orElse(null);
    }

    /**
     * Writes the slots of the plain subscribers in {@code (afterChatId, upTo]}. The few chats in the range that are
     * not plain are read first, in one query, so that no subscriber row pays for the test.
     */
    private int insertRange(String entryId, int part, long messageId, long afterChatId, long upTo, boolean skipExisting,
                            Instant now) {
        List<Long> notPlain = jdbc.sql(io.sitrep.subscription.PlainSubscribers.NOT_PLAIN_IN_RANGE)
                .params(afterChatId, upTo, afterChatId, upTo, afterChatId, upTo).query(Long.class).list();
        var insert = jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part) "
                        + "SELECT s.chat_id, :message, :priority, 'PENDING', :now, :now, :entry, :part FROM subscriber s "
                        + "WHERE s.active = TRUE AND s.chat_id > :after AND s.chat_id <= :upTo"
                        + (notPlain.isEmpty() ? "" : " AND s.chat_id NOT IN (:notPlain)")
                        + (skipExisting ? " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entry_id = :entry AND o.part = :part AND o.chat_id = s.chat_id)" : ""))
                .param("message", messageId).param("priority", PUSH).param("now", SqlTime.of(now)).param("entry", entryId)
                .param("part", part).param("after", afterChatId).param("upTo", upTo);
        return (notPlain.isEmpty() ? insert : insert.param("notPlain", notPlain)).update();
    }

    private void startFanout(String entryId, int part, long messageId, long afterChatId, Instant now) {
        jdbc.sql("INSERT INTO push_fanout (entry_id, part, message_id, after_chat_id, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(entryId, part, messageId, afterChatId, SqlTime.of(now)).update();
        signal.fanoutAfterCommit();
    }

    private boolean fanningOut() {
        return jdbc.sql("SELECT COUNT(*) FROM push_fanout").query(Long.class).single() > 0;
    }

    /**
     * An entry published again (withdrawn and back): existing slots get this text, other subscribers get it too.
     * {@link #retarget} turns the part's packs back into rows first, so the insert below skips their chats.
     */
    private int republish(String entryId, int part, long messageId, Instant now) {
        retarget(entryId, part, ReaderSettings.GMT, messageId, now);
        // Withdrawn before it reached some chats: those chats get it after all.
        jdbc.sql("UPDATE outbox SET state = 'PENDING', message_id = ?, attempts = 0, next_attempt_at = ?, last_error = NULL "
                        + "WHERE entry_id = ? AND part = ? AND state = 'CANCELLED' AND telegram_message_id IS NULL "
                        + "AND reader_zone IS NULL AND chat_id IN (SELECT s.chat_id FROM subscriber s WHERE s.active = TRUE AND " + PLAIN + ")")
                .params(messageId, SqlTime.of(now), entryId, part).update();
        return jdbc.sql("INSERT INTO outbox (chat_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part) "
                        + "SELECT s.chat_id, ?, ?, 'PENDING', ?, ?, ?, ? FROM subscriber s WHERE s.active = TRUE AND " + PLAIN
                        + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entry_id = ? AND o.part = ? AND o.chat_id = s.chat_id)")
                .params(messageId, PUSH, SqlTime.of(now), SqlTime.of(now), entryId, part, entryId, part).update();
    }

    /** Whether any chat has (or is about to get) a message for this entry, in a row or a pack. */
    boolean hasSlots(String entryId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM outbox WHERE entry_id = ? AND part = 0) "
                        + "+ (SELECT COUNT(*) FROM push_fanout WHERE entry_id = ?) "
                        + "+ (SELECT COUNT(*) FROM sent_pack WHERE entry_id = ? AND part = 0)").params(entryId, entryId, entryId)
                .query(Long.class).single() > 0;
    }

    /** The readers (zone and language) the entry's messages were rendered for (GMT in English for plain subscribers and fan-outs). */
    List<ReaderSettings> readersOf(String entryId) {
        List<String> stored = jdbc.sql("SELECT DISTINCT " + READER + " FROM outbox WHERE entry_id = ? "
                        + "UNION SELECT '" + PLAIN_READER + "' FROM push_fanout WHERE entry_id = ? "
                        + "UNION SELECT DISTINCT " + READER + " FROM sent_pack WHERE entry_id = ?")
                .params(entryId, entryId, entryId).query(String.class).list();
        return stored.stream().sorted().map(Outbox::readerOfKey).toList();
    }

    /** How many parts the entry was pushed in to chats reading it as this reader does. */
    int partCount(String entryId, ReaderSettings reader) {
        String key = readerKey(reader);
        return jdbc.sql("SELECT GREATEST(COALESCE((SELECT MAX(part) + 1 FROM outbox WHERE entry_id = ? AND " + READER + " = ?), 0), "
                        + "COALESCE((SELECT MAX(part) + 1 FROM push_fanout WHERE entry_id = ? AND ? = '" + PLAIN_READER + "'), 0), "
                        + "COALESCE((SELECT MAX(part) + 1 FROM sent_pack WHERE entry_id = ? AND " + READER + " = ?), 0))")
                .params(entryId, key, entryId, key, entryId, key).query(Integer.class).single();
    }

    /**
     * Points every slot of one entry part at new text: sent messages become pending edits, unsent ones will send the
     * new text. Packed records of the part become rows again first. Returns the number of rows changed.
     */
    int retarget(String entryId, int part, ReaderSettings reader, long messageId, Instant now) {
        String key = readerKey(reader);
        lockSlots(entryId);
        if (key.equals(PLAIN_READER)) {
            // The fan-out row first: this waits for a chunk being written, so the update below sees its rows.
            jdbc.sql("UPDATE push_fanout SET message_id = ? WHERE entry_id = ? AND part = ?").params(messageId, entryId, part).update();
        }
        packs.unpack(entryId, part); // every reader's packs of the part: the update below picks this reader's rows
        int changed = jdbc.sql("UPDATE outbox SET message_id = ?, "
                        + "attempts = CASE WHEN state = 'PENDING' THEN attempts ELSE 0 END, "
                        + "next_attempt_at = CASE WHEN state = 'PENDING' THEN next_attempt_at ELSE ? END, "
                        + "dead_at = CASE WHEN state = 'PENDING' THEN dead_at ELSE NULL END, "
                        + "state = CASE WHEN state = 'SENDING' THEN 'SENDING' ELSE 'PENDING' END "
                        + "WHERE entry_id = ? AND part = ? AND " + READER + " = ? AND message_id <> ? "
                        + "AND (state IN ('PENDING', 'SENDING') OR (state IN ('SENT', 'DEAD') AND telegram_message_id IS NOT NULL))")
                .params(messageId, SqlTime.of(now), entryId, part, key, messageId).update();
        if (changed > 0) {
            signal.invalidateAfterCommit();
        }
        return changed;
    }

    /**
     * Withdraws one entry part: sent messages are edited to the given text, unsent ones are cancelled. Returns the
     * number of edits queued.
     */
    int withdraw(String entryId, int part, ReaderSettings reader, long messageId, Instant now) {
        String key = readerKey(reader);
        lockSlots(entryId);
        if (key.equals(PLAIN_READER)) {
            jdbc.sql("DELETE FROM push_fanout WHERE entry_id = ? AND part = ?").params(entryId, part).update();
        }
        // The cancelled rows point at the notice too: a send of one already in flight then lands as a pending edit
        // to the notice (markDelivered sees other text), instead of leaving the withdrawn text showing.
        jdbc.sql("UPDATE outbox SET state = 'CANCELLED', message_id = ?, last_error = 'withdrawn before it was sent' "
                        + "WHERE entry_id = ? AND part = ? AND " + READER + " = ? AND state = 'PENDING' AND telegram_message_id IS NULL")
                .params(messageId, entryId, part, key).update();
        signal.invalidateAfterCommit();
        return retarget(entryId, part, reader, messageId, now);
    }

    /**
     * Adds slots for a part an edit added, to every chat that has (or will have) the entry's first part; packed
     * records of the first part (and of this one, should there be any) become rows again first.
     */
    int addPart(String entryId, int part, ReaderSettings reader, long messageId, Instant now) {
        String key = readerKey(reader);
        lockSlots(entryId);
        packs.unpack(entryId, 0);
        packs.unpack(entryId, part);
        if (key.equals(PLAIN_READER)) {
            // Chats the first part has not reached yet get the new part from the fan-out, right after the first.
            jdbc.sql("INSERT INTO push_fanout (entry_id, part, message_id, after_chat_id, created_at) "
                            + "SELECT entry_id, ?, ?, after_chat_id, ? FROM push_fanout WHERE entry_id = ? AND part = 0")
                    .params(part, messageId, SqlTime.of(now), entryId).update();
        }
        int rows = jdbc.sql("INSERT INTO outbox (chat_id, thread_id, message_id, priority, state, next_attempt_at, created_at, entry_id, part, reader_zone, reader_language) "
                        + "SELECT o.chat_id, o.thread_id, ?, ?, 'PENDING', ?, ?, ?, ?, o.reader_zone, o.reader_language FROM outbox o "
                        + "WHERE o.entry_id = ? AND o.part = 0 "
                        + "AND COALESCE(o.reader_zone, '" + GMT + "') || '|' || COALESCE(o.reader_language, 'en') = ? "
                        + "AND (o.state = 'PENDING' OR o.telegram_message_id IS NOT NULL) "
                        + "AND NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entry_id = ? AND x.part = ? AND x.chat_id = o.chat_id)")
                .params(messageId, PUSH, SqlTime.of(now), SqlTime.of(now), entryId, part, entryId, key, entryId, part).update();
        signal.wakeAfterCommit();
        return rows;
    }

    /** The message row for this text: reused when the same entry version and part was rendered before. */
    long messageFor(String kind, String entryId, String version, int part, String text, Instant now) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM message WHERE entry_id = ? AND entry_version = ? AND part = ? "
                        + "AND kind = ? AND text = ? ORDER BY id DESC LIMIT 1")
                .params(entryId, version, part, kind, text).query(Long.class).optional();
        return existing.orElseGet(() -> insertMessage(kind, entryId, version, part, text, now));
    }

    private long insertMessage(String kind, String entryId, String version, int part, String text, Instant now) {
        KeyHolder key = new GeneratedKeyHolder();
        String image = "PUSH".equals(kind) && part == 0 && entryId != null ? imageOf(entryId) : null;
        jdbc.sql("INSERT INTO message (kind, entry_id, entry_version, part, text, created_at, image_url) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(kind, entryId, version, part, text, SqlTime.of(now), image)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * The stored entry's own picture, kept with the first part of its push so a restart still sends it; a message
     * row is written per entry part, not per chat, so this costs one query per push.
     */
    private String imageOf(String entryId) {
        return jdbc.sql("SELECT media FROM entry WHERE id = ?").param(entryId).query(String.class).optional()
                .filter(media -> !media.isBlank())
                .map(media -> io.sitrep.source.Entry.imageOf(java.util.List.of(media.split("\n"))))
                .filter(image -> image.length() <= 2048)
                .orElse(null);
    }

    /**
     * Due rows of one priority in queue order. Ordering by all three columns of the index (state, priority, id) lets
     * H2 read the index in order and stop at the limit; ordering by id alone made it sort every pending row.
     */
    List<Due> due(Instant now, int priority, int limit) {
        return jdbc.sql("SELECT " + DUE_COLUMNS + " FROM outbox o JOIN message m ON m.id = o.message_id "
                        + "WHERE o.state = 'PENDING' AND o.priority = ? AND o.next_attempt_at <= ? "
                        + "ORDER BY o.state, o.priority, o.id LIMIT ?")
                .params(priority, SqlTime.of(now), limit)
                .query((rs, i) -> due(rs))
                .list();
    }

    /** The columns {@link #due(java.sql.ResultSet)} reads, from {@code outbox o JOIN message m}. */
    static final String DUE_COLUMNS = "o.id, o.chat_id, o.thread_id, o.message_id, o.priority, o.attempts, m.text, "
            + "o.telegram_message_id, m.buttons, CASE WHEN m.kind = 'PHOTO' THEN 1 ELSE 0 END, m.image_url, o.photo_post";

    static Due due(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Due(rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), (Long) rs.getObject(8), rs.getString(9), rs.getInt(10) == 1, rs.getString(11),
                rs.getBoolean(12));
    }

    /** Records that a push went out as a photo with its text as the caption, so its edits change the caption. */
    void markPhotoPost(long id) {
        jdbc.sql("UPDATE outbox SET photo_post = TRUE WHERE id = ?").param(id).update();
    }

    /**
     * Records that the chat now shows {@code shownMessageId}'s text. The row stays PENDING (an edit) if its text
     * changed meanwhile, even if it was cancelled while the send was in flight: the chat has the message now.
     */
    void markDelivered(long id, long telegramMessageId, long shownMessageId, Instant now) {
        jdbc.sql("UPDATE outbox SET state = CASE WHEN message_id = ? THEN 'SENT' ELSE 'PENDING' END, "
                        + "sent_at = ?, telegram_message_id = ?, sent_message_id = ?, attempts = 0, next_attempt_at = ?, "
                        + "last_error = NULL WHERE id = ?")
                .params(shownMessageId, SqlTime.of(now), telegramMessageId, shownMessageId, SqlTime.of(now), id).update();
    }

    void retryAt(long id, Instant when, boolean countAttempt, String error) {
        jdbc.sql("UPDATE outbox SET state = 'PENDING', next_attempt_at = ?, attempts = attempts + ?, last_error = ? "
                        + "WHERE id = ? AND state IN ('PENDING', 'SENDING')")
                .params(SqlTime.of(when), countAttempt ? 1 : 0, truncate(error), id).update();
    }

    /** Gives up on a row: DEAD rows are kept for editors to see ({@link DeadLetters}). */
    void markDead(long id, String error, Instant now) {
        jdbc.sql("UPDATE outbox SET state = 'DEAD', attempts = attempts + 1, last_error = ?, dead_at = ? WHERE id = ? AND state IN ('PENDING', 'SENDING')")
                .params(truncate(error), SqlTime.of(now), id).update();
    }

    /** Drops every unsent push to a chat that left or blocked the bot. */
    public int cancelPending(long chatId, String reason) {
        int rows = jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE chat_id = ? AND state = 'PENDING' AND priority = ?")
                .params(truncate(reason), chatId, PUSH).update();
        signal.invalidateAfterCommit();
        return rows;
    }

    /** Drops everything still queued for a chat that can no longer be reached, replies and edits included. */
    int cancelChat(long chatId, String reason) {
        int rows = jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE chat_id = ? AND state = 'PENDING'")
                .params(truncate(reason), chatId).update();
        signal.invalidateAfterCommit();
        return rows;
    }

    /**
     * Moves unsent rows of a group to its new supergroup id, unless the supergroup already has that message. Edits
     * are dropped: the old group's messages stay in the old group, which no longer accepts anything.
     */
    void moveChat(long oldChatId, long newChatId) {
        jdbc.sql("UPDATE outbox SET chat_id = ? WHERE chat_id = ? AND state = 'PENDING' AND telegram_message_id IS NULL "
                        + "AND (entry_id IS NULL OR NOT EXISTS (SELECT 1 FROM outbox x WHERE x.entry_id = outbox.entry_id "
                        + "AND x.part = outbox.part AND x.chat_id = ?))")
                .params(newChatId, oldChatId, newChatId).update();
        jdbc.sql("UPDATE outbox SET state = 'CANCELLED', last_error = 'moved to supergroup' WHERE chat_id = ? AND state = 'PENDING'")
                .param(oldChatId).update();
        signal.invalidateAfterCommit();
    }

    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'").query(Long.class).single();
    }

    /** The zone as stored in {@code reader_zone}: NULL for GMT. */
    private static String storedZone(ZoneId zone) {
        return Times.isGmt(zone) ? null : zone.getId();
    }

    /** The language as stored in {@code reader_language}: NULL for English. */
    private static String storedLanguage(Language language) {
        return language == null || language == Language.ENGLISH ? null : language.code();
    }

    /** The reader as compared with {@link #READER}: "GMT|en", "Europe/Kyiv|uk". */
    private static String readerKey(ReaderSettings reader) {
        return (Times.isGmt(reader.zone()) ? GMT : reader.zone().getId()) + "|" + reader.language().code();
    }

    private static ReaderSettings readerOfKey(String key) {
        int bar = key.lastIndexOf('|');
        String zone = key.substring(0, bar);
        return ReaderSettings.of(zone.equals(GMT) ? ZoneOffset.UTC : ZoneId.of(zone),
                Language.of(key.substring(bar + 1)).orElse(Language.ENGLISH));
    }

    static String truncate(String text) {
        return text == null ? null : text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }
}
