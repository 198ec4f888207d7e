package io.sitrep.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.sitrep.source.Entry;
import io.sitrep.source.EntryKind;
import org.junit.jupiter.api.Test;

class BriefingFormatterTests {

    private static final Findings NOTHING_FOUND = new Findings(List.of(), List.of(), List.of());

    private final BriefingFormatter formatter = new BriefingFormatter();

    private static Entry update(String... paragraphs) {
        return new Entry("abc", "Daily <Live> & Co", "https://example.org/live?a=1&b=\"2\"", EntryKind.UPDATE,
                Instant.parse("2016-05-08T20:30:00Z"), paragraphs[0].split("\\. ")[0] + ".", List.of(paragraphs), List.of(),
                List.of(), "v1", 0);
    }

    @Test
    void pushShowsTimeSourceHeadlineTextAndLinkWithEveryPieceEscaped() {
        List<String> parts = formatter.push(update("Rebels say <b>50</b> killed & more. Second sentence.", "Another paragraph."), NOTHING_FOUND,
                ReaderSettings.GMT);

        assertThat(parts).singleElement().asString()
                .contains("<b>\ud83d\udd34 UPDATE 20:30 GMT</b> \u00b7 Daily &lt;Live&gt; &amp; Co")
                .contains("<b>Rebels say &lt;b&gt;50&lt;/b&gt; killed &amp; more.</b>")
                .contains("Second sentence.\n\nAnother paragraph.")
                .contains("<a href=\"https://example.org/live?a=1&amp;b=&quot;2&quot;\">Read on the live blog</a>");
    }

    @Test
    void pushAndItemShowTheReadersLocalTimeFromTheInstantWithGmtBesideIt() {
        Entry late = update("Shelling near Idlib. More.");
        ReaderSettings kyiv = ReaderSettings.in(ZoneId.of("Europe/Kyiv"));

        assertThat(formatter.push(late, NOTHING_FOUND, kyiv).get(0)).startsWith("<b>\ud83d\udd34 UPDATE 23:30 (20:30 GMT)</b>");
        assertThat(formatter.item(late, ReaderSettings.in(ZoneOffset.ofHours(4)))).startsWith("<b>\ud83d\udd34 UPDATE 9 May, 00:30 (20:30 GMT)</b>");
        assertThat(formatter.item(late, ReaderSettings.GMT)).startsWith("<b>\ud83d\udd34 UPDATE 8 May, 20:30 GMT</b>");
        assertThat(ReaderSettings.in(ZoneId.of("Etc/UTC"))).isEqualTo(ReaderSettings.GMT);
    }

    @Test
    void aVeryLongEntryIsSplitUnderTelegramsLimitWithoutBreakingEntities() {
        String paragraph = "Shelling & strikes near Idlib. ".repeat(200);
        List<String> parts = formatter.push(update(paragraph, paragraph, paragraph), NOTHING_FOUND, ReaderSettings.GMT);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(MessageSplitter.LIMIT);
            assertThat(p).doesNotContainPattern("&[a-z]{0,3}$").doesNotStartWith("amp;");
        });
        assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).contains("Shelling &amp; strikes near Idlib.");
    }

    @Test
    void splitterNeverCutsInsideATagOrEntity() {
        String html = "a".repeat(95) + " <b>bold</b> &amp; " + "b".repeat(50);
        List<String> parts = MessageSplitter.split(html, 100);

        assertThat(parts).allSatisfy(p -> assertThat(p).doesNotContainPattern("<[^>]*$").doesNotContainPattern("&[a-z]*$"));
        assertThat(String.join(" ", parts)).contains("<b>bold</b>");
    }

    @Test
    void footerWritesVagueWordsFloorsAndRangesAsTheSourceGaveThemAndLeavesBackgroundOut() {
        SampleBriefings sample = new SampleBriefings();
        Entry entry = update("Rebel outlets are claiming that they repelled the attacks so far, killing dozens of fighters. "
                + "The rebel bloc said it killed more than 50 troops near Khan Tuman. Five or six civilians were wounded, medics said. "
                + "On April 27, a strike on a hospital in Aleppo had killed 55 people.");
        String footer = formatter.footer(sample.analyzer.of(entry));

        assertThat(footer).contains("Rebel outlets (claimed): dozens killed").doesNotContain("12 killed")
                .contains("more than 50 killed").contains("5\u20136 wounded")
                .doesNotContain("55 killed").doesNotContain("running total");
    }

    @Test
    void pushFooterAndCasualtiesWriteTheSameFigure() {
        SampleBriefings sample = new SampleBriefings();
        CasualtyBriefing casualties = new CasualtyBriefing(sample.cache, sample.analyzer, SampleBriefings.GAZETTEER, sample.places);
        String answer = String.join("\n", casualties.briefing(""));

        for (Entry e : sample.cache.all()) {
            for (io.sitrep.casualty.CasualtyClaim c : sample.analyzer.of(e).claims()) {
                String written = io.sitrep.casualty.CasualtyFigure.of(c);
                assertThat(answer).contains("<b>" + Html.escape(written) + "</b> " + c.outcome());
                if (!c.background() && !c.part()) {
                    assertThat(formatter.footer(sample.analyzer.of(e))).contains(Html.escape(written) + " " + c.outcome());
                }
            }
        }
    }
}
