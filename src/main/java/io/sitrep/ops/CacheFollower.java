package io.sitrep.ops;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.sitrep.source.Entry;
import io.sitrep.source.EntryCache;
import io.sitrep.source.EntryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps this instance's entry cache current for a source another instance reads: when the source's stored entries
 * changed since the last look, its cached entries are reloaded from the database.
 */
class CacheFollower {

    private static final Logger log = LoggerFactory.getLogger(CacheFollower.class);

    private final JdbcClient jdbc;
    private final EntryStore store;
    private final EntryCache cache;
    private final Map<String, String> seenVersion = new ConcurrentHashMap<>();

    public CacheFollower(JdbcClient jdbc, EntryStore store, EntryCache cache) {
        this.jdbc = jdbc;
        this.store = store;
        this.cache = cache;
    }

    /** Reloads a source's cached entries if the database has newer ones. */
    public void follow(String source) {
        try {
            // An entry's text changes move updated_at; its place on the page, entry_place.moved_at.
            String version = jdbc.sql("SELECT COUNT(*), MAX(e.updated_at), MAX(p.moved_at) FROM entry e "
                            + "LEFT JOIN entry_place p ON p.entry_id = e.id WHERE e.source = ?").param(source)
                    .query((rs, i) -> rs.getLong(1) + "@" + rs.getString(2) + "@" + rs.getString(3)).single();
            if (Objects.equals(seenVersion.put(source, version), version)) {
                return;
            }
            List<Entry> entries = store.findRecent(cache.perSource()).stream().filter(e -> e.source().equals(source)).toList();
            cache.put(source, entries);
        } catch (DataAccessException e) {
            log.debug("Cache of source '{}' not refreshed: {}", source, e.getMessage());
        }
    }
}
