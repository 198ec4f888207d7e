package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** The packed (chat, Telegram message) records come back exactly, take a few bytes each, and garbage is refused. */
class SentPackRecordsTests {

    @Test
    void groupsPrivateChatsAndChannelsComeBackExactly() {
        long[] chats = {Long.MIN_VALUE, -1001234567890L, -4012345678L, -5, 0, 7, 123456789, 7_999_999_999L, Long.MAX_VALUE};
        long[] messages = {1, 2, Long.MAX_VALUE, 0, 999_999, 5, 1L << 40, 3, Long.MIN_VALUE};

        SentPackRecords back = SentPackRecords.decode(new SentPackRecords(chats, messages).encode());

        assertThat(back.chatIds()).containsExactly(chats);
        assertThat(back.telegramMessageIds()).containsExactly(messages);
        assertThat(back.contains(-4012345678L)).isTrue();
        assertThat(back.contains(8)).isFalse();
    }

    @Test
    void anEmptyPackIsOneByte() {
        byte[] bytes = new SentPackRecords(new long[0], new long[0]).encode();

        assertThat(bytes).hasSize(1);
        assertThat(SentPackRecords.decode(bytes).size()).isZero();
    }

    @Test
    void tenThousandUsersTakeAboutSixBytesEach() {
        Random random = new Random(14);
        long[] chats = random.longs(10_000, 1, 8_000_000_000L).sorted().distinct().toArray();
        long[] messages = LongStream.range(0, chats.length).map(i -> 1 + random.nextInt(2_000_000)).toArray();

        byte[] bytes = new SentPackRecords(chats, messages).encode();

        assertThat((double) bytes.length / chats.length).isBetween(5.0, 7.0);
        assertThat(SentPackRecords.decode(bytes).chatIds()).containsExactly(chats);
    }

    @Test
    void unsortedChatsAndDamagedBytesAreRefused() {
        assertThatThrownBy(() -> new SentPackRecords(new long[] {5, 3}, new long[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] bytes = new SentPackRecords(new long[] {1, 300}, new long[] {70_000, 2}).encode();
        assertThatThrownBy(() -> SentPackRecords.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SentPackRecords.decode(java.util.Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
