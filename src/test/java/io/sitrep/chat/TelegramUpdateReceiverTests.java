package io.sitrep.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.telegram.telegrambots.meta.api.objects.Update;

/** What the long-polling receiver does with updates it cannot store: none may stop polling for good. */
class TelegramUpdateReceiverTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final FlakyInbox inbox = new FlakyInbox();
    private final TelegramUpdateReceiver receiver = new TelegramUpdateReceiver(inbox,
            new InboxWorker(inbox, null, null, new ObjectMapper(), meters, Clock.systemUTC()), new ObjectMapper(), meters,
            Clock.systemUTC(), 1, 1);

    private static Update update(int id) {
        Update update = new Update();
        update.setUpdateId(id);
        return update;
    }

    @Test
    void anUpdateThatCanNeverBeStoredIsSkippedCountedAndAcknowledged() {
        inbox.failures.put(501, new AtomicInteger(Integer.MAX_VALUE));
        inbox.permanent = true;

        receiver.consume(List.of(update(501), update(502)));

        assertThat(inbox.saved).containsOnlyKeys(502L);
        assertThat(inbox.attempts.get(501).get()).isOne(); // a permanent failure is not retried
        assertThat(receiver.apply(0).getOffset()).isEqualTo(503);
        assertThat(meters.counter("sitrep.telegram.updates.skipped", "reason", "unstorable").count()).isEqualTo(1);
    }

    @Test
    void aPassingDatabaseFailureIsWaitedOutAndNothingIsSkipped() {
        inbox.failures.put(601, new AtomicInteger(3));

        receiver.consume(List.of(update(601)));

        assertThat(inbox.saved).containsOnlyKeys(601L);
        assertThat(inbox.attempts.get(601).get()).isEqualTo(4);
        assertThat(receiver.apply(0).getOffset()).isEqualTo(602);
        assertThat(meters.find("sitrep.telegram.updates.skipped").counters()).isEmpty();
    }

    @Test
    void aFailureThatNeverPassesEndsAfterTheLastAttemptAndTheOffsetMovesOn() {
        inbox.failures.put(701, new AtomicInteger(Integer.MAX_VALUE));

        receiver.consume(List.of(update(701)));

        assertThat(inbox.attempts.get(701).get()).isEqualTo(TelegramUpdateReceiver.STORE_ATTEMPTS);
        assertThat(receiver.apply(0).getOffset()).isEqualTo(702);
        assertThat(meters.counter("sitrep.telegram.updates.skipped", "reason", "unstorable").count()).isEqualTo(1);
    }

    @Test
    void anAnswerWithOneUnreadableUpdateStillYieldsTheOthersAndTheUnreadableOnesId() throws Exception {
        String answer = "{\"ok\":true,\"result\":["
                + FakeBotApi.updateJson(801, 5, "private", 5, "/start") + ","
                + "{\"update_id\":802,\"message\":{\"message_id\":1,\"date\":{\"not\":\"a number\"},\"chat\":{\"id\":5,\"type\":\"private\"}}},"
                + FakeBotApi.updateJson(803, 5, "private", 5, "/help") + "]}";

        List<Update> updates = receiver.apply(0).deserializeResponse(answer);
        receiver.consume(updates);

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(801, 802, 803);
        assertThat(updates.get(1).getMessage()).isNull();
        assertThat(inbox.handled).containsOnlyKeys(802L);
        assertThat(inbox.handled.get(802L)).contains("a number");
        assertThat(inbox.saved).containsOnlyKeys(801L, 803L);
        assertThat(receiver.apply(0).getOffset()).isEqualTo(804);
        assertThat(meters.counter("sitrep.telegram.updates.skipped", "reason", "unreadable").count()).isEqualTo(1);
    }

    /** An inbox in memory whose saves fail as often as a test says. */
    private static final class FlakyInbox extends InboxStore {

        final Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();
        final Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<Long, String> saved = new ConcurrentHashMap<>();
        final Map<Long, String> handled = new ConcurrentHashMap<>();
        volatile boolean permanent;

        FlakyInbox() {
            super(null);
        }

        @Override
        boolean save(long updateId, String payload, Instant now) {
            attempts.computeIfAbsent((int) updateId, id -> new AtomicInteger()).incrementAndGet();
            AtomicInteger left = failures.get((int) updateId);
            if (left != null && left.getAndDecrement() > 0) {
                throw permanent ? new DataIntegrityViolationException("value too long for column payload")
                        : new TransientDataAccessResourceException("connection lost");
            }
            return saved.put(updateId, payload) == null;
        }

        @Override
        void saveHandled(long updateId, String payload, Instant now) {
            handled.put(updateId, payload);
        }

        @Override
        long maxUpdateId() {
            return 0;
        }
    }
}
