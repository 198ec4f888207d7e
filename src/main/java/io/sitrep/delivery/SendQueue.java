package io.sitrep.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The sender's short in-memory list of due rows read from the outbox: replies ahead of pushes, each chat's rows in
 * order, and never a row that is already in flight. Used by the sender's loop thread only, except
 * {@link #finished}, which workers call once the row's outcome is committed.
 */
final class SendQueue {

    /** Which rows may leave now. */
    interface Lanes {
        /** Whether this chat may get a message now (not busy, not paced). */
        boolean chatReady(long chatId);

        /** Whether the bot-wide limit lets this row go now. */
        boolean laneOpen(Outbox.Due row);
    }

    private final Map<Long, Outbox.Due> replies = new LinkedHashMap<>();
    private final Map<Long, Outbox.Due> pushes = new LinkedHashMap<>();
    private final Set<Long> known = new HashSet<>();
    private final Queue<Long> finished = new ConcurrentLinkedQueue<>();

    /**
     * Adds rows just read from the outbox, skipping the ones held or in flight; returns how many were new. Call
     * {@link #settle()} before the read, so that a row whose outcome was committed after the read is still known.
     */
    int add(List<Outbox.Due> rows) {
        int added = 0;
        for (Outbox.Due row : rows) {
            if (known.add(row.id())) {
                (row.priority() == Outbox.REPLY ? replies : pushes).put(row.id(), row);
                added++;
            }
        }
        return added;
    }

    /** Forgets rows whose outcome has been committed. */
    void settle() {
        Long id;
        while ((id = finished.poll()) != null) {
            known.remove(id);
        }
    }

    /** Drops the rows held but not yet sent: the outbox changed under them. */
    void clearHeld() {
        for (Long id : replies.keySet()) {
            known.remove(id);
        }
        for (Long id : pushes.keySet()) {
            known.remove(id);
        }
        replies.clear();
        pushes.clear();
    }

    int heldPushes() {
        return pushes.size();
    }

    int held() {
        return replies.size() + pushes.size();
    }

    /** The first row that may leave now, replies first, never overtaking an earlier row to the same chat. */
    Outbox.Due pick(Lanes lanes) {
        Outbox.Due reply = first(replies, lanes);
        return reply != null ? reply : first(pushes, lanes);
    }

    private static Outbox.Due first(Map<Long, Outbox.Due> rows, Lanes lanes) {
        if (rows.isEmpty()) {
            return null;
        }
        Set<Long> blocked = null;
        for (Outbox.Due row : rows.values()) {
            if (blocked != null && blocked.contains(row.chatId())) {
                continue;
            }
            if (lanes.chatReady(row.chatId()) && lanes.laneOpen(row)) {
                return row;
            }
            if (blocked == null) {
                blocked = new HashSet<>();
            }
            blocked.add(row.chatId());
        }
        return null;
    }

    /** The row was handed to a worker: no longer held, still known until {@link #finished}. */
    void dispatched(Outbox.Due row) {
        (row.priority() == Outbox.REPLY ? replies : pushes).remove(row.id());
    }

    /** Called by a worker once the row's outcome is committed (any thread). */
    void finished(long rowId) {
        finished.add(rowId);
    }

    /** The ids held, in order (for tests). */
    List<Long> heldIds() {
        List<Long> ids = new ArrayList<>(replies.keySet());
        ids.addAll(pushes.keySet());
        return ids;
    }
}
