package io.sitrep.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a round-up whose items carry no clock but are set apart by separator lines ({@code ___}, {@code ***},
 * {@code <hr>}), the shape of a wire service's "The Latest": each item is an entry whose headline is its first
 * sentence (after its dateline, "LONDON (AP) —"); a labelled list of headlines or a one-line pointer to more coverage
 * between two separators is the page's furniture, not an item.
 */
final class SeparatedItems {

    /** What an item without a clock of its own is timed by: the page's published time. */
    static final String PAGE_TIME = "page-published";

    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*[\\p{L}\\p{M} .'’-]{2,30})?\\s*(?:\\([\\p{Lu}\\p{Lu}.&]{1,12}\\)\\s*)?"
                    + "(?:\u2014|\u2013|--|-|\")\\s+");
    // "HERE'S WHAT ELSE IS HAPPENING:", "The latest on the storm:": a line that announces what follows.
    private static final Pattern LABEL = Pattern.compile("^.{1,90}:$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\u2026][\"'\u201d\u2019)]?$");
    private static final int SHORT_LINE = 60;
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final int MIN_ITEMS = 2;
    private static final int POINTER_LENGTH = 200;
    private static final int HEADLINE_LENGTH = 220;

    private SeparatedItems() {
    }

    /** The items between separators, or an empty list when the page is not cut into at least two of them. */
    static List<Draft> read(List<LiveBlogParser.Block> blocks) {
        List<List<LiveBlogParser.Block>> runs = new ArrayList<>();
        List<LiveBlogParser.Block> run = new ArrayList<>();
        int separators = 0;
        for (LiveBlogParser.Block block : blocks) {
            if (block.separator()) {
                separators++;
                runs.add(run);
                run = new ArrayList<>();
            } else if (!block.text().isEmpty() || !block.media().isEmpty()) {
                run.add(block);
            }
        }
        runs.add(run);
        if (separators < MIN_ITEMS) {
            return List.of();
        }
        List<Draft> items = new ArrayList<>();
        int datelined = 0;
        for (List<LiveBlogParser.Block> item : runs) {
            Draft draft = item(item);
            if (draft != null) {
                items.add(draft);
                datelined += DATELINE.matcher(draft.paragraphs.get(0)).find() ? 1 : 0;
            }
        }
        // A feature cut by "***" into sections, or a page whose menus sit between rules, is no round-up: most items of
        // a round-up open with their dateline.
        boolean roundUp = datelined >= MIN_ITEMS && datelined * 2 >= items.size();
        return roundUp && items.size() >= MIN_ITEMS ? items : List.of();
    }

    private static Draft item(List<LiveBlogParser.Block> run) {
        int start = 0;
        while (start < run.size() && LABEL.matcher(run.get(start).text()).matches()) {
            start++; // the label announcing the item (or a list) is not part of it
        }
        if (start > 0 && isHeadlineList(run.subList(start, run.size()))) {
            return null;
        }
        String bold = null;
        // Before the item's text: its bold lead, a byline or a date line.
        for (; start < run.size() - 1; start++) {
            LiveBlogParser.Block block = run.get(start);
            if (block.headingLevel() > 0) {
                bold = block.text();
            } else if (block.text().length() > SHORT_LINE || SENTENCE_END.matcher(block.text()).find()) {
                break;
            } else {
                bold = null; // a heading above a byline or a date line is the page's, not the item's lead
            }
        }
        List<LiveBlogParser.Block> body = run.subList(start, run.size());
        if (body.isEmpty() || body.get(0).text().isEmpty()) {
            return null;
        }
        String all = String.join(" ", body.stream().map(LiveBlogParser.Block::text).toList());
        boolean pointer = body.size() == 1 && all.length() <= POINTER_LENGTH
                && (!body.get(0).links().isEmpty() || URL.matcher(all).find());
        if (pointer) {
            return null; // "Follow our coverage at ...": a pointer, not news
        }
        String first = body.get(0).text();
        String lead = DATELINE.matcher(first).replaceFirst("");
        Draft draft = new Draft(EntryKind.STORY, bold != null ? bold : headline(lead), null, null);
        draft.timeSource = PAGE_TIME;
        for (LiveBlogParser.Block block : body) {
            if (!block.text().isEmpty()) {
                draft.paragraphs.add(block.text());
            }
            draft.addLinksAndMedia(block);
        }
        return draft;
    }

    /** Short lines without a sentence end under a label: a box of headlines. */
    private static boolean isHeadlineList(List<LiveBlogParser.Block> body) {
        if (body.size() < 2) {
            return false;
        }
        for (LiveBlogParser.Block block : body) {
            String text = block.text().trim();
            if (text.length() > 160 || text.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static String headline(String lead) {
        String sentence = Sentences.first(lead).trim();
        if (sentence.length() <= HEADLINE_LENGTH) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', HEADLINE_LENGTH - 1);
        return sentence.substring(0, cut > 0 ? cut : HEADLINE_LENGTH - 1) + "\u2026";
    }
}
