package io.sitrep.source.bench;

import java.time.Instant;

/**
 * Writes a large live-blog page of the shape newsroom systems produce: a LiveBlogPosting JSON-LD whose updates
 * share one time, beside visible {@code <article>} blocks each with its own {@code <time datetime>}, headline,
 * paragraphs, links, an image, share buttons and an advert slot between blocks, plus navigation and scripts.
 */
public final class LiveBlogPageGenerator {

    private LiveBlogPageGenerator() {
    }

    /** A page with {@code updates} updates, padded with page chrome to about {@code targetBytes}. */
    public static String page(int updates, int targetBytes) {
        StringBuilder json = new StringBuilder();
        StringBuilder blocks = new StringBuilder();
        Instant start = Instant.parse("2031-03-01T06:00:00Z");
        for (int i = updates - 1; i >= 0; i--) {
            Instant at = start.plusSeconds(120L * i);
            String body = "Crews reported progress on section " + i + " of the line, and the regional office said "
                    + "repairs would continue overnight. Residents were asked to avoid the area around junction " + i + ".";
            if (json.length() > 0) {
                json.append(',');
            }
            json.append("{\"@type\":\"BlogPosting\",\"@id\":\"p").append(i)
                    .append("\",\"headline\":\"Rail repairs live\",\"datePublished\":\"2031-03-01T06:00:00Z\",")
                    .append("\"articleBody\":\"").append(body, 0, 90).append("\u2026\"}");
            blocks.append("<article id=\"block-p").append(i).append("\" class=\"block\"><header><a href=\"#block-p").append(i)
                    .append("\"><time datetime=\"").append(at).append("\">").append(at.toString(), 11, 16).append("</time></a>")
                    .append("<span class=\"byline\">Staff reporter</span></header>")
                    .append("<h2>Section ").append(i).append(" update</h2><p>").append(body).append("</p>")
                    .append("<p>More detail on <a href=\"https://rail.example/lines/").append(i).append("\">the line page</a>; ")
                    .append("the operator's statement is <strong>expected</strong> later.</p>")
                    .append("<figure><img src=\"https://rail.example/img/").append(i).append(".jpg\" alt=\"Works\">")
                    .append("<figcaption>Work on section ").append(i).append("</figcaption></figure>")
                    .append("<footer class=\"share\"><ul><li><a href=\"https://twitter.com/intent/tweet?u=").append(i)
                    .append("\">Share</a></li><li><a href=\"https://www.facebook.com/sharer/sharer.php?u=").append(i)
                    .append("\">Share</a></li></ul></footer></article>")
                    .append("<div class=\"ad\" data-slot=\"").append(i).append("\"><span>Advertisement</span></div>");
        }
        StringBuilder page = new StringBuilder(targetBytes + 4096);
        page.append("<!doctype html><html lang=\"en-GB\"><head><title>Rail repairs live</title>")
                .append("<meta property=\"og:image\" content=\"https://rail.example/img/lead.jpg\">")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"LiveBlogPosting\",")
                .append("\"headline\":\"Rail repairs live\",\"url\":\"https://rail.example/live\",\"liveBlogUpdate\":[")
                .append(json).append("]}</script></head><body><nav><ul>");
        for (int i = 0; i < 60; i++) {
            page.append("<li><a href=\"https://rail.example/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        page.append("</ul></nav><main><h1>Rail repairs live</h1><div id=\"live\">").append(blocks).append("</div></main>");
        int padding = 0;
        while (page.length() < targetBytes - 200) {
            page.append("<script>window.__config_").append(padding++).append(" = {\"tracking\": \"")
                    .append("x".repeat(400)).append("\"};</script>");
        }
        return page.append("<footer>Rail Example</footer></body></html>").toString();
    }
}
