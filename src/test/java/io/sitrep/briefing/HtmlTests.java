package io.sitrep.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTests {

    private static boolean wholeCodePoints(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return false;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aHeadlineTrimNeverCutsAnEmojiInHalf() {
        // 298 letters, then emoji: the 300-character cut would fall between the two halves of the second one.
        String headline = "x".repeat(298) + "\uD83D\uDD25\uD83D\uDD25 and more";

        String trimmed = Html.trim(headline, 300);

        assertThat(wholeCodePoints(trimmed)).isTrue();
        assertThat(trimmed).isEqualTo("x".repeat(298) + "\u2026");
        assertThat(trimmed.length()).isLessThanOrEqualTo(300);
    }

    @Test
    void aTrimAtAWordBoundaryKeepsTheEmojiBeforeIt() {
        String headline = "w".repeat(200) + " \uD83D\uDD25 " + "y".repeat(200);

        assertThat(Html.trim(headline, 300)).isEqualTo("w".repeat(200) + " \uD83D\uDD25\u2026");
        assertThat(Html.trim("short \uD83D\uDD25", 300)).isEqualTo("short \uD83D\uDD25");
    }
}
