package io.sitrep.delivery;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The (chat id, Telegram message id) pairs of a sent pack, sorted by chat id, in a few bytes each: a varint count,
 * then per pair the zig-zag varint of the chat id's step from the previous one (from 0 for the first, so a group's
 * negative id costs no more than its size) and the zig-zag varint of the Telegram message id. Chat ids a few
 * thousand apart and message ids below a million take about six bytes a pair.
 */
record SentPackRecords(long[] chatIds, long[] telegramMessageIds) {

    SentPackRecords {
        if (chatIds.length != telegramMessageIds.length) {
            throw new IllegalArgumentException("one Telegram message id per chat");
        }
        for (int i = 1; i < chatIds.length; i++) {
            if (chatIds[i] <= chatIds[i - 1]) {
                throw new IllegalArgumentException("chat ids must be strictly ascending");
            }
        }
    }

    int size() {
        return chatIds.length;
    }

    /** Whether the pack holds this chat. */
    boolean contains(long chatId) {
        return Arrays.binarySearch(chatIds, chatId) >= 0;
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 + chatIds.length * 7);
        writeVarint(out, chatIds.length);
        long previous = 0;
        for (int i = 0; i < chatIds.length; i++) {
            // The step may overflow a long (from a large negative id to a large positive one); it wraps back on decoding.
            writeVarint(out, zigZag(chatIds[i] - previous));
            writeVarint(out, zigZag(telegramMessageIds[i]));
            previous = chatIds[i];
        }
        return out.toByteArray();
    }

    static SentPackRecords decode(byte[] bytes) {
        int[] at = {0};
        long count = readVarint(bytes, at);
        if (count < 0 || count > bytes.length) {
            throw new IllegalArgumentException("not a sent pack: " + count + " records in " + bytes.length + " bytes");
        }
        long[] chats = new long[(int) count];
        long[] messages = new long[(int) count];
        long previous = 0;
        for (int i = 0; i < count; i++) {
            previous += unZigZag(readVarint(bytes, at));
            chats[i] = previous;
            messages[i] = unZigZag(readVarint(bytes, at));
        }
        if (at[0] != bytes.length) {
            throw new IllegalArgumentException("not a sent pack: " + (bytes.length - at[0]) + " bytes left over");
        }
        return new SentPackRecords(chats, messages);
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= bytes.length) {
                throw new IllegalArgumentException("not a sent pack: it ends inside a number");
            }
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("not a sent pack: a number longer than 64 bits");
    }
}
