package io.sitrep.source;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sitrep.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entries Sitrep has seen, in the database, so a restart knows what was already pushed. */
@Repository
public class EntryStore {

    private static final String PARAGRAPH_SEPARATOR = "\u001e";
    private static final String COLUMNS = "id, source, page_url, kind, published_at, headline, paragraphs, links, media, version, position";
    /** An entry's place: where it last moved to ({@code entry_place}), else where its text was last written. */
    private static final String PLACE = "COALESCE(p.position, e.position)";
    /** {@link #COLUMNS} read from {@link #FROM}, with the entry's current place. */
    private static final String SELECT_COLUMNS = "e.id, e.source, e.page_url, e.kind, e.published_at, e.headline, "
            + "e.paragraphs, e.links, e.media, e.version, " + PLACE + " AS position";
    private static final String FROM = " FROM entry e LEFT JOIN entry_place p ON p.entry_id = e.id";

    private final JdbcClient jdbc;

    EntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> findByPage(String source, String pageUrl) {
        return jdbc.sql("SELECT " + SELECT_COLUMNS + FROM + " WHERE e.source = ? AND e.page_url = ? AND e.retracted = FALSE")
                .params(source, pageUrl).query(EntryStore::map).list();
    }

    /** True when any entry, even a withdrawn one, was ever read from this page of this source. */
    boolean hasPage(String source, String pageUrl) {
        return jdbc.sql("SELECT COUNT(*) FROM entry WHERE source = ? AND page_url = ?").params(source, pageUrl)
                .query(Long.class).single() > 0;
    }

    /** For warming the cache at start-up: the newest {@code perSource} entries of each source by their time (then by when first seen), in page order. */
    public List<Entry> findRecent(int perSource) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM (SELECT " + SELECT_COLUMNS + ", ROW_NUMBER() OVER "
                        + "(PARTITION BY e.source ORDER BY e.published_at DESC NULLS LAST, e.first_seen DESC, " + PLACE + ") AS rn"
                        + FROM + " WHERE e.retracted = FALSE) ranked "
                        + "WHERE rn <= ? ORDER BY source, position")
                .param(perSource).query(EntryStore::map).list();
    }

    public Optional<Entry> findById(String id) {
        return jdbc.sql("SELECT " + SELECT_COLUMNS + FROM + " WHERE e.id = ?").param(id).query(EntryStore::map).optional();
    }

    /** Stores a new entry; text or a URL too long for its column is shortened first, never a failed insert. */
    public void insert(Entry entry, Instant now) {
        Entry e = StorableEntries.fit(entry);
        jdbc.sql("INSERT INTO entry (" + COLUMNS + ", first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.id(), e.source(), e.pageUrl(), e.kind().name(), SqlTime.of(e.time()), e.headline(),
                        String.join(PARAGRAPH_SEPARATOR, e.paragraphs()), String.join("\n", e.links()),
                        String.join("\n", e.media()), e.version(), e.position(), SqlTime.of(now), SqlTime.of(now))
                .update();
    }

    public void update(Entry entry, Instant now) {
        Entry e = StorableEntries.fit(entry);
        // The page URL too: an entry read under a new page address (redacted, or shortened to fit) moves there.
        jdbc.sql("UPDATE entry SET headline = ?, paragraphs = ?, links = ?, media = ?, version = ?, position = ?, "
                        + "published_at = ?, updated_at = ?, page_url = ?, retracted = FALSE WHERE id = ?")
                .params(e.headline(), String.join(PARAGRAPH_SEPARATOR, e.paragraphs()), String.join("\n", e.links()),
                        String.join("\n", e.media()), e.version(), e.position(), SqlTime.of(e.time()), SqlTime.of(now),
                        e.pageUrl(), e.id())
                .update();
        // The row now holds the entry's place.
        jdbc.sql("DELETE FROM entry_place WHERE entry_id = ?").param(e.id()).update();
    }

    /**
     * Records new places on the page for entries whose text did not change (an update added above them shifts
     * every one down): in the narrow {@code entry_place} table, two statements per couple of hundred entries,
     * instead of a rewrite of each wide entry row with its text.
     */
    void reposition(List<Entry> entries, Instant now) {
        for (int from = 0; from < entries.size(); from += REPOSITION_CHUNK) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + REPOSITION_CHUNK));
            StringBuilder ids = new StringBuilder();
            StringBuilder rows = new StringBuilder();
            List<Object> idParams = new java.util.ArrayList<>();
            List<Object> rowParams = new java.util.ArrayList<>();
            for (Entry e : chunk) {
                ids.append(ids.isEmpty() ? "?" : ", ?");
                idParams.add(e.id());
                rows.append(rows.isEmpty() ? "(?, ?, ?)" : ", (?, ?, ?)");
                rowParams.add(e.id());
                rowParams.add(e.position());
                rowParams.add(SqlTime.of(now));
            }
            jdbc.sql("DELETE FROM entry_place WHERE entry_id IN (" + ids + ")").params(idParams).update();
            jdbc.sql("INSERT INTO entry_place (entry_id, position, moved_at) VALUES " + rows).params(rowParams).update();
        }
    }

    private static final int REPOSITION_CHUNK = 200;

    public void markRetracted(String id, Instant now) {
        jdbc.sql("UPDATE entry SET retracted = TRUE, absent_polls = 0, absent_since = NULL, updated_at = ? WHERE id = ?")
                .params(SqlTime.of(now), id).update();
    }

    boolean isRetracted(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM entry WHERE id = ? AND retracted = TRUE").param(id).query(Long.class).single() > 0;
    }

    /** An entry missing from its page for {@code polls} reads in a row, the first of them at {@code since}. */
    record Absence(int polls, Instant since) {
    }

    /** The page's entries that are missing from it but not yet withdrawn. */
    Map<String, Absence> absences(String source, String pageUrl) {
        Map<String, Absence> absent = new java.util.HashMap<>();
        jdbc.sql("SELECT id, absent_polls, absent_since FROM entry WHERE source = ? AND page_url = ? AND absent_polls > 0 "
                        + "AND retracted = FALSE")
                .params(source, pageUrl).query(rs -> {
                    absent.put(rs.getString(1), new Absence(rs.getInt(2), SqlTime.read(rs, "absent_since")));
                });
        return absent;
    }

    void markAbsent(String id, Absence absence) {
        jdbc.sql("UPDATE entry SET absent_polls = ?, absent_since = ? WHERE id = ?")
                .params(absence.polls(), SqlTime.of(absence.since()), id).update();
    }

    void clearAbsence(String id) {
        jdbc.sql("UPDATE entry SET absent_polls = 0, absent_since = NULL WHERE id = ?").param(id).update();
    }

    boolean hasBaseline(String source) {
        return jdbc.sql("SELECT COUNT(*) FROM source_state WHERE source = ?").param(source).query(Long.class).single() > 0;
    }

    void recordBaseline(String source, Instant now) {
        jdbc.sql("INSERT INTO source_state (source, baseline_at) VALUES (?, ?)").params(source, SqlTime.of(now)).update();
    }

    /** Editor states of a page's entries: id to {@code CORRECTED} or {@code RETRACTED}. */
    Map<String, String> editorStates(String source, String pageUrl) {
        Map<String, String> states = new java.util.HashMap<>();
        jdbc.sql("SELECT id, editor_state FROM entry WHERE source = ? AND page_url = ? AND editor_state IS NOT NULL")
                .params(source, pageUrl).query(rs -> {
                    states.put(rs.getString(1), rs.getString(2));
                });
        return states;
    }

    /** Marks an entry as corrected or withdrawn by an editor, so the source's later reads leave it alone. */
    public void lockByEditor(String id, String state) {
        jdbc.sql("UPDATE entry SET editor_state = ? WHERE id = ?").params(state, id).update();
    }

    private static Entry map(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getString("id"), rs.getString("source"), rs.getString("page_url"),
                EntryKind.valueOf(rs.getString("kind")), SqlTime.read(rs, "published_at"), rs.getString("headline"),
                split(rs.getString("paragraphs"), PARAGRAPH_SEPARATOR), split(rs.getString("links"), "\n"),
                split(rs.getString("media"), "\n"), rs.getString("version"), rs.getInt("position"));
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(separator, -1));
    }
}
