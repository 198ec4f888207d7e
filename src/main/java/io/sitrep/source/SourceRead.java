package io.sitrep.source;

import java.util.List;

/** A source was read successfully; {@code entries} is everything its page holds now. */
public record SourceRead(String source, String pageUrl, String title, List<Entry> entries) {
}
