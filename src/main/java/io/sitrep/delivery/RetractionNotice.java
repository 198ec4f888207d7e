package io.sitrep.delivery;

import io.sitrep.briefing.Html;
import io.sitrep.briefing.MessageSplitter;
import org.jsoup.Jsoup;

/** The text a pushed message is edited to when its entry is withdrawn: "❌ RETRACTED" and the old text struck out. */
final class RetractionNotice {

    static final String PREFIX = "\u274c <b>RETRACTED</b>";
    /** For the later parts of a withdrawn entry that was pushed in several messages. */
    static final String LATER_PART = PREFIX + " <i>(see above)</i>";
    /** For a part an edit made redundant (the entry now fits in fewer messages). */
    static final String MERGED_PART = "\u2b06\ufe0f <i>Edited: this part is now in the message above.</i>";

    private static final int HEADROOM = 40;

    private RetractionNotice() {
    }

    /** One part of a push, withdrawn. */
    static String of(String pushHtml) {
        if (pushHtml.length() + HEADROOM <= MessageSplitter.LIMIT) {
            return PREFIX + "\n<s>" + pushHtml + "</s>";
        }
        // Too close to the limit to add a line: strike a shortened plain version instead.
        String plain = Jsoup.parseBodyFragment(pushHtml).body().wholeText();
        return PREFIX + "\n<s>" + Html.escape(Html.trim(plain, MessageSplitter.LIMIT - 400)) + "</s>";
    }
}
