package io.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SendPacerTests {

    private final ManualTicker ticker = new ManualTicker();

    @Test
    void botWideRateSpacesMessagesByTheGap() {
        SendPacer pacer = new SendPacer(Settings.defaults().perSecond(30).build(), ticker);
        int sent = 0;
        for (int ms = 0; ms < 10_000; ms++) {
            if (pacer.globalWaitNanos(false) == 0) {
                pacer.take(false);
                sent++;
            }
            ticker.advance(Duration.ofMillis(1));
        }
        assertThat(sent).isBetween(293, 296); // 30/s less the 2% headroom
    }

    @Test
    void noRollingSecondPlusMarginEverHoldsMoreThanTheLimitEvenAfterStalls() {
        SendPacer pacer = new SendPacer(Settings.defaults().perSecond(30).build(), ticker);
        java.util.List<Long> sends = new java.util.ArrayList<>();
        java.util.Random stalls = new java.util.Random(7);
        long end = ticker.nanos() + Duration.ofSeconds(20).toNanos();
        while (ticker.nanos() < end) {
            long wait = pacer.globalWaitNanos(false);
            if (wait > 0) {
                // sleeps overshoot, and now and then the sender stalls (GC, a slow database write)
                long overshoot = stalls.nextInt(20) == 0 ? 80_000_000L : 500_000L;
                ticker.advance(Duration.ofNanos(wait + overshoot));
                continue;
            }
            pacer.take(false);
            sends.add(ticker.nanos());
        }
        int worst = 0;
        for (int i = 0, j = 0; i < sends.size(); i++) {
            while (sends.get(i) - sends.get(j) >= 1_020_000_000L) { // a second plus the jitter margin
                j++;
            }
            worst = Math.max(worst, i - j + 1);
        }
        assertThat(worst).isLessThanOrEqualTo(30);
        assertThat(sends.size()).isGreaterThan((int) (20 * 30 * 0.9));
    }

    @Test
    void slowAnswersAtTheStartOfAPushDoNotLetTheNextSendsBunchIntoOneSecondAtTelegram() {
        SendPacer pacer = new SendPacer(Settings.defaults().perSecond(30).build(), ticker);
        // The first 30 sends leave evenly over a second, but Telegram answers them only at 1.5 s (cold client):
        // each arrived there somewhere before that, so the next 30 must not fit into the second after them.
        long start = ticker.nanos();
        java.util.List<SendPacer.Slot> first = new java.util.ArrayList<>();
        while (first.size() < 30) {
            long wait = pacer.globalWaitNanos(false);
            ticker.advance(Duration.ofNanos(Math.max(wait, 1_000_000)));
            if (pacer.globalWaitNanos(false) == 0) {
                first.add(pacer.take(false));
            }
        }
        ticker.advance(Duration.ofNanos(start + 1_500_000_000L - ticker.nanos()));
        first.forEach(pacer::answered);
        long answeredAt = ticker.nanos();

        int sentWithinASecondOfTheAnswers = 0;
        while (ticker.nanos() < answeredAt + 1_000_000_000L) {
            if (pacer.globalWaitNanos(false) == 0) {
                pacer.take(false);
                sentWithinASecondOfTheAnswers++;
            }
            ticker.advance(Duration.ofMillis(1));
        }
        assertThat(sentWithinASecondOfTheAnswers).isZero();
    }

    @Test
    void aLateSendMayBeFollowedEarlySoTheRateHoldsButNeverBurstsMoreThanTheSlack() {
        SendPacer pacer = new SendPacer(Settings.defaults().perSecond(1000).build(), ticker);
        long end = ticker.nanos() + Duration.ofSeconds(10).toNanos();
        int sent = 0;
        int mostInOneMillisecond = 0;
        long windowStart = ticker.nanos();
        int inWindow = 0;
        while (ticker.nanos() < end) {
            long wait = pacer.globalWaitNanos(false);
            if (wait > 0) {
                ticker.advance(Duration.ofNanos(wait + 300_000)); // every sleep overshoots by 0.3 ms
                continue;
            }
            pacer.take(false);
            sent++;
            if (ticker.nanos() - windowStart >= 1_000_000) {
                windowStart = ticker.nanos();
                inWindow = 0;
            }
            mostInOneMillisecond = Math.max(mostInOneMillisecond, ++inWindow);
            ticker.advance(Duration.ofNanos(50_000)); // the work of sending one
        }
        assertThat(sent).isBetween(9_700, 9_821);
        assertThat(mostInOneMillisecond).isLessThanOrEqualTo(21);
    }

    @Test
    void privateChatsWaitASecondAndGroupsThree() {
        SendPacer pacer = new SendPacer(Settings.defaults().build(), ticker);
        pacer.sentTo(42);
        pacer.sentTo(-100);
        ticker.advance(Duration.ofMillis(999));
        assertThat(pacer.chatWaitNanos(42)).isPositive();
        ticker.advance(Duration.ofMillis(1));
        assertThat(pacer.chatWaitNanos(42)).isZero();
        assertThat(pacer.chatWaitNanos(-100)).isEqualTo(Duration.ofSeconds(2).toNanos());
        assertThat(pacer.chatWaitNanos(7)).isZero();
    }

    @Test
    void aChannelIsPacedLikeAGroupAtTwentyPostsAMinute() {
        long channel = -1001234567890L; // channel ids are -100 followed by the channel's own number
        SendPacer pacer = new SendPacer(Settings.defaults().build(), ticker);
        int posts = 0;
        for (int second = 0; second < 60; second++) {
            if (pacer.chatWaitNanos(channel) == 0) {
                pacer.sentTo(channel);
                posts++;
            }
            ticker.advance(Duration.ofSeconds(1));
        }
        assertThat(posts).isEqualTo(20);
    }

    @Test
    void retryAfterPausesOneChatOrTheWholeBot() {
        SendPacer pacer = new SendPacer(Settings.defaults().build(), ticker);
        pacer.pause(42, Duration.ofSeconds(5), false);
        assertThat(pacer.chatWaitNanos(42)).isEqualTo(Duration.ofSeconds(5).toNanos());
        assertThat(pacer.globalWaitNanos(false)).isZero();

        pacer.pause(42, Duration.ofSeconds(7), true);
        assertThat(pacer.globalWaitNanos(false)).isEqualTo(Duration.ofSeconds(7).toNanos());
        assertThat(pacer.globalWaitNanos(true)).isEqualTo(Duration.ofSeconds(7).toNanos());
    }

    @Test
    void paidBroadcastLaneRunsAtThePaidRateWhileRepliesAndEditsKeepTheFreeRate() {
        SendPacer pacer = new SendPacer(Settings.defaults().paid(1000).build(), ticker);
        int paid = 0;
        int free = 0;
        for (int tenth = 0; tenth < 100_000; tenth++) { // 10 s in 0.1 ms steps
            if (pacer.globalWaitNanos(false) == 0) {
                pacer.take(false);
                free++;
            } else if (pacer.globalWaitNanos(true) == 0) {
                pacer.take(true);
                paid++;
            }
            ticker.advance(Duration.ofNanos(100_000));
        }
        assertThat(free).isBetween(293, 296);
        assertThat(paid + free).isBetween(9_440, 9_521); // the paid rate less its 5% headroom
    }
}
