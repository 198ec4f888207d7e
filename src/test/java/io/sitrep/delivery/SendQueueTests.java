package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SendQueueTests {

    private static Outbox.Due push(long id, long chat) {
        return new Outbox.Due(id, chat, null, 1, Outbox.PUSH, 0, "push " + id, null, null);
    }

    private static Outbox.Due reply(long id, long chat) {
        return new Outbox.Due(id, chat, null, 1, Outbox.REPLY, 0, "reply " + id, null, null);
    }

    private static SendQueue.Lanes ready(Set<Long> busy) {
        return new SendQueue.Lanes() {
            @Override
            public boolean chatReady(long chatId) {
                return !busy.contains(chatId);
            }

            @Override
            public boolean laneOpen(Outbox.Due row) {
                return true;
            }
        };
    }

    @Test
    void repliesGoBeforeOlderPushes() {
        SendQueue queue = new SendQueue();
        queue.add(List.of(push(1, 10), push(2, 11)));
        queue.add(List.of(reply(3, 12)));
        assertThat(queue.pick(ready(Set.of())).id()).isEqualTo(3);
    }

    @Test
    void aBusyChatsLaterRowsWaitButOtherChatsGo() {
        SendQueue queue = new SendQueue();
        queue.add(List.of(push(1, 10), push(2, 10), push(3, 11)));
        assertThat(queue.pick(ready(Set.of(10L))).id()).isEqualTo(3);
    }

    @Test
    void aRowInFlightIsNotTakenAgainFromAStaleReadUntilItsOutcomeIsSettled() {
        SendQueue queue = new SendQueue();
        queue.add(List.of(push(1, 10)));
        Outbox.Due row = queue.pick(ready(Set.of()));
        queue.dispatched(row);
        queue.finished(row.id()); // outcome committed after the read below started
        assertThat(queue.add(List.of(push(1, 10)))).isZero();
        queue.settle();
        assertThat(queue.add(List.of(push(1, 10)))).isOne();
    }

    @Test
    void clearingDropsHeldRowsSoTheyAreReadAgain() {
        SendQueue queue = new SendQueue();
        queue.add(List.of(push(1, 10), push(2, 11)));
        queue.clearHeld();
        assertThat(queue.held()).isZero();
        assertThat(queue.add(List.of(push(1, 10), push(2, 11)))).isEqualTo(2);
    }
}
