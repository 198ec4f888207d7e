package io.sitrep.source;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the updates a page marks up in the visible HTML rather than in a script: schema.org microdata
 * ({@code itemprop="liveBlogUpdate"}) or RDFa ({@code property="liveBlogUpdate"}, {@code schema:liveBlogUpdate}).
 */
final class MicrodataUpdates {

    private static final Evaluator UPDATES = QueryParser.parse(
            "[itemprop~=(?i)(^|\\s)liveBlogUpdate(\\s|$)], [property~=(?i)(^|\\s|:)liveBlogUpdate(\\s|$)]");

    private MicrodataUpdates() {
    }

    static TimedBlocks.Found find(Document document, String pageUrl, ParseHints hints) {
        Elements updates = document.select(UPDATES);
        List<Draft> drafts = new ArrayList<>();
        for (Element update : updates) {
            Draft draft = BlockReader.read(update, pageUrl, hints.headlineSelector() != null ? hints.headlineSelector()
                    : "[itemprop=headline], [property~=(?i)(^|:)headline$]");
            if (draft == null) {
                continue;
            }
            Element published = update.selectFirst("[itemprop=datePublished], [property~=(?i)(^|:)datePublished$],"
                    + " [itemprop=dateCreated], [itemprop=dateModified]");
            String value = published == null ? "" : published.hasAttr("content") ? published.attr("content")
                    : published.hasAttr("datetime") ? published.attr("datetime") : published.text();
            BlockReader.stampTime(value).or(() -> BlockReader.firstStamp(update)).ifPresent(at -> {
                draft.time = at;
                draft.timeSource = "microdata";
            });
            draft.anchor = BlockReader.anchor(update);
            drafts.add(draft);
        }
        if (drafts.isEmpty()) {
            return new TimedBlocks.Found(List.of(), 0, "microdata: no liveBlogUpdate in microdata or RDFa");
        }
        long timed = drafts.stream().filter(d -> d.time != null).count();
        return new TimedBlocks.Found(drafts, timed * 1.5 + (drafts.size() - timed) * 0.5,
                "microdata: " + drafts.size() + " liveBlogUpdate items, " + timed + " with datePublished");
    }
}
