package io.sitrep.source;

import java.util.List;

/**
 * What else Sitrep reads in an entry (places, casualty claims), for {@code analyze}; the real finders plug in here,
 * and {@link #NONE} finds nothing.
 */
public interface EntryFindings {

    /** Finds nothing: every list is empty. */
    EntryFindings NONE = new EntryFindings() {
        @Override
        public List<Object> places(Entry entry) {
            return List.of();
        }

        @Override
        public List<Object> casualties(Entry entry) {
            return List.of();
        }
    };

    /** The places the entry mentions, each serialisable to JSON. */
    List<Object> places(Entry entry);

    /** The casualty claims the entry makes, each serialisable to JSON. */
    List<Object> casualties(Entry entry);
}
