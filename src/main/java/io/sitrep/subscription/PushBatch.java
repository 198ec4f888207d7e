package io.sitrep.subscription;

import java.time.ZoneId;
import java.util.List;

import io.sitrep.language.Language;

/** Recipients who read a push alike (the same time zone and language), so one rendering of it serves them all. */
public record PushBatch(ZoneId zone, Language language, List<Recipient> recipients) {

    public PushBatch {
        language = language == null ? Language.ENGLISH : language;
        recipients = List.copyOf(recipients);
    }

    /** A batch of English readers. */
    public PushBatch(ZoneId zone, List<Recipient> recipients) {
        this(zone, Language.ENGLISH, recipients);
    }
}
