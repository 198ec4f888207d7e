package io.sitrep.delivery;

import io.sitrep.briefing.Html;
import io.sitrep.briefing.MessageSplitter;
import io.sitrep.briefing.ReaderSettings;
import org.jsoup.Jsoup;

/** The text a pushed message is edited to when its entry is withdrawn: "❌ RETRACTED" and the old text struck out. */
final class RetractionNotice {

    private static final int HEADROOM = 40;

    private RetractionNotice() {
    }

    /** One part of a push, withdrawn. */
    static String of(String pushHtml) {
        return of(pushHtml, ReaderSettings.GMT);
    }

    /** One part of a push, withdrawn, the notice in the reader's language. */
    static String of(String pushHtml, ReaderSettings reader) {
        String prefix = prefix(reader);
        if (pushHtml.length() + HEADROOM <= MessageSplitter.LIMIT) {
            return prefix + "\n<s>" + pushHtml + "</s>";
        }
        // Too close to the limit to add a line: strike a shortened plain version instead.
        String plain = Jsoup.parseBodyFragment(pushHtml).body().wholeText();
        return prefix + "\n<s>" + Html.escape(Html.trim(plain, MessageSplitter.LIMIT - 400)) + "</s>";
    }

    /** The later parts of a withdrawn entry pushed in several messages. */
    static String laterPart(ReaderSettings reader) {
        return prefix(reader) + " <i>(" + reader.text("retraction.see_above") + ")</i>";
    }

    /** A part an edit made redundant (the entry now fits in fewer messages). */
    static String mergedPart(ReaderSettings reader) {
        return "\u2b06\ufe0f <i>" + reader.text("retraction.merged_part") + "</i>";
    }

    private static String prefix(ReaderSettings reader) {
        return "\u274c <b>" + reader.text("retraction.retracted") + "</b>";
    }
}
