package io.sitrep.briefing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import java.util.function.UnaryOperator;

import io.sitrep.casualty.CasualtyFigure;
import io.sitrep.language.Language;
import io.sitrep.language.Texts;
import io.sitrep.source.Entry;
import io.sitrep.source.EntryKind;
import org.springframework.stereotype.Component;

/** Renders entries as Telegram HTML: pushes, and the short items of briefings. Every piece of page text is escaped. */
@Component
public class BriefingFormatter {

    static final int SUMMARY_CHARS = 280;
    private static final int HEADLINE_CHARS = 300;

    /**
     * The whole entry as a push for one reader, with what Sitrep found in it (places, parties, casualty claims) and
     * its time in the reader's zone, split into parts under Telegram's limit. {@link PushRendering} is the one caller
     * that pushes, edits, retractions and released digests share.
     */
    public List<String> push(Entry entry, Findings findings, ReaderSettings reader) {
        String footer = footer(findings, reader);
        String html = body(entry, reader);
        return MessageSplitter.split(footer.isEmpty() ? html : html + "\n\n" + footer);
    }

    /**
     * One short block: where, who, and today's casualty figures with their claimants (background and shares of a
     * figure left out), each written by {@link CasualtyFigure}. Empty when nothing was found.
     */
    public String footer(Findings findings) {
        return footer(findings, ReaderSettings.GMT);
    }

    /** The footer with Sitrep's words in the reader's language; names and places stay as the source wrote them. */
    public String footer(Findings findings, ReaderSettings reader) {
        if (findings == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> where = findings.places().stream()
                .filter(p -> p.located() && (p.kind() != io.sitrep.place.PlaceKind.COUNTRY || findings.places().size() == 1))
                .map(p -> "/" + p.command()).distinct().limit(5).toList();
        if (!where.isEmpty()) {
            html.append("\ud83d\udccd ").append(String.join(" ", where));
        }
        List<String> who = findings.actors().stream().map(a -> a.name()).distinct().limit(4).toList();
        if (!who.isEmpty()) {
            html.append(html.length() > 0 ? "  " : "").append("\ud83d\udc65 ")
                    .append(Html.escape(Bidi.isolate(String.join(", ", who), reader.language())));
        }
        Language lang = reader.language();
        findings.claims().stream().filter(c -> !c.background() && !c.part()).limit(3)
                .forEach(c -> html.append(html.length() > 0 ? "\n" : "")
                .append("\ud83e\ude78 ").append(c.claimedBy() != null ? Html.escape(Bidi.isolate(c.claimedBy(), lang))
                        : reader.text("casualty.unattributed"))
                .append(" (").append(Html.escape(status(c.status(), reader))).append("): ")
                .append(Html.escape(CasualtyFigure.withOutcome(c, lang, UnaryOperator.identity())))
                .append(c.upFrom() != null ? " (" + Html.escape(CasualtyFigure.upFrom(c, lang)) + ")" : "")
                .append(c.cumulative() ? " (" + reader.text("casualty.running_total") + ")" : ""));
        return html.toString();
    }

    private String body(Entry entry, ReaderSettings reader) {
        StringBuilder html = new StringBuilder();
        html.append(label(entry, false, reader)).append(" \u00b7 ").append(Html.escape(entry.source())).append('\n');
        html.append(Html.bold(Html.trim(entry.headline(), HEADLINE_CHARS))).append("\n\n");
        List<String> body = bodyWithoutHeadline(entry);
        for (String paragraph : body) {
            html.append(Html.escape(paragraph)).append("\n\n");
        }
        html.append(Html.link(entry.pageUrl(), reader.text("entry.read_on_live_blog")));
        return html.toString();
    }

    /** One entry as a short briefing item for one reader: when (in the reader's zone), headline, trimmed text, link. */
    public String item(Entry entry, ReaderSettings reader) {
        StringBuilder html = new StringBuilder();
        html.append(label(entry, true, reader)).append('\n');
        html.append(Html.bold(Html.trim(entry.headline(), HEADLINE_CHARS))).append('\n');
        String rest = String.join(" ", bodyWithoutHeadline(entry));
        if (!rest.isBlank()) {
            html.append(Html.escape(Html.trim(rest, SUMMARY_CHARS))).append('\n');
        }
        html.append(Html.link(entry.pageUrl(), entry.source()));
        return html.toString();
    }

    /** Several items under a title for one reader, split under the limit. */
    public List<String> list(String titleHtml, List<Entry> entries, ReaderSettings reader) {
        List<String> items = new ArrayList<>();
        items.add(titleHtml);
        entries.forEach(e -> items.add(item(e, reader)));
        return MessageSplitter.split(String.join("\n\n", items));
    }

    String label(Entry entry, boolean withDay, ReaderSettings reader) {
        String icon = switch (entry.kind()) {
            case UPDATE -> "\ud83d\udd34 " + reader.text("entry.update");
            case ORIGINAL -> "\ud83d\udcdd " + reader.text("entry.original");
            case STORY -> "\ud83d\udcf0 " + reader.text("entry.story");
        };
        return "<b>" + icon + (entry.time() != null ? " " + Times.of(entry.time(), reader, withDay) : "") + "</b>";
    }

    /** "20:30 GMT", or "8 May, 20:30 GMT" with the day: for texts not yet rendered per reader. */
    public static String time(Instant instant, boolean withDay) {
        return Times.of(instant, ZoneOffset.UTC, withDay);
    }

    /** A claim's status ("claimed", "confirmed", "reported", "denied") in the reader's words. */
    static String status(String status, ReaderSettings reader) {
        String s = status == null ? io.sitrep.casualty.CasualtyClaim.CLAIMED : status;
        return Texts.bundles().textOr(reader.language(), "casualty.status." + s, s);
    }

    /** The text without the sentence already shown as the headline. */
    private static List<String> bodyWithoutHeadline(Entry entry) {
        List<String> paragraphs = new ArrayList<>(entry.paragraphs());
        if (entry.kind() != EntryKind.STORY && !paragraphs.isEmpty() && paragraphs.get(0).startsWith(entry.headline())) {
            String rest = paragraphs.get(0).substring(entry.headline().length()).strip();
            if (rest.isEmpty()) {
                paragraphs.remove(0);
            } else {
                paragraphs.set(0, rest);
            }
        }
        return paragraphs;
    }
}
