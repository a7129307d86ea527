package th.go.moph.healthliteracy.publishing.infrastructure.jpa;

import static th.go.moph.healthliteracy.platform.persistence.NativeValues.instant;
import static th.go.moph.healthliteracy.platform.persistence.NativeValues.uuid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import th.go.moph.healthliteracy.publishing.domain.FeedEntry;
import th.go.moph.healthliteracy.publishing.domain.FeedFilter;
import th.go.moph.healthliteracy.publishing.domain.TombstoneReason;

/**
 * The feed's tables (see {@code V6__feed.sql}): the changes waiting for a position, the position counter — whose row
 * lock makes one sequencing transaction at a time, across instances — and the entries consumers page through.
 */
@ApplicationScoped
public class FeedLog {

    private static final String COLUMNS = "item_id, position, kind, reason, document, etag, language, slug, type,"
            + " array_to_string(topics, ' ') as topic_list, array_to_string(audiences, ' ') as audience_list,"
            + " changed_at";

    /** The counter as locked by a sequencing transaction. */
    public record Head(long last, String fingerprint) {
    }

    /** Entries with the head as the same statement saw it. */
    public record Snapshot(long head, List<FeedEntry> entries) {
    }

    /** A change waiting for the sequencer. */
    public record Change(long id, UUID itemId) {
    }

    @PersistenceContext
    EntityManager em;

    /** Locks the counter until the transaction ends: other sequencers (on any instance) wait here. */
    @Transactional(TxType.MANDATORY)
    public Head lockHead() {
        Object[] row = (Object[]) em.createNativeQuery("select last, fingerprint from feed_position where id = 1"
                + " for update").getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    @Transactional(TxType.MANDATORY)
    public void advanceHead(long last) {
        em.createNativeQuery("update feed_position set last = ?1 where id = 1").setParameter(1, last).executeUpdate();
    }

    /** Records a new document format or base address, and asks for every entry to be made again with it. */
    @Transactional(TxType.MANDATORY)
    public int remakeAll(String fingerprint) {
        em.createNativeQuery("update feed_position set fingerprint = ?1 where id = 1").setParameter(1, fingerprint)
                .executeUpdate();
        return em.createNativeQuery("insert into feed_change (item_id) select item_id from feed_entry order by position")
                .executeUpdate();
    }

    /** Whether any committed change waits for a position (no lock taken). */
    @Transactional(TxType.MANDATORY)
    public boolean anyPending() {
        return (Boolean) em.createNativeQuery("select exists (select 1 from feed_change)").getSingleResult();
    }

    /** The oldest committed changes, up to {@code limit}. */
    @Transactional(TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Change> pending(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, item_id from feed_change order by id limit ?1")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Change(((Number) r[0]).longValue(), uuid(r[1]))).toList();
    }

    @Transactional(TxType.MANDATORY)
    public void done(Collection<Change> changes) {
        em.createNativeQuery("delete from feed_change where id = any(cast(string_to_array(?1, ' ') as bigint[]))")
                .setParameter(1, String.join(" ", changes.stream().map(c -> Long.toString(c.id())).toList()))
                .executeUpdate();
    }

    /** The entry of the page at {@code /<language>/<slug>}, if one was ever public there. */
    @Transactional
    public Optional<FeedEntry> page(String language, String slug) {
        return entries(em.createNativeQuery("select " + COLUMNS + " from feed_entry where language = ?1 and slug = ?2")
                .setParameter(1, language).setParameter(2, slug)).stream().findFirst();
    }

    /** How many public items of {@code language} each topic (or audience) has. */
    @Transactional
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Long> counts(String language, String column) {
        if (!column.equals("topics") && !column.equals("audiences")) {
            throw new IllegalArgumentException(column);
        }
        List<Object[]> rows = em.createNativeQuery("select v, count(*) from feed_entry, unnest(" + column + ") v"
                + " where kind = 'ITEM' and language = ?1 group by v order by count(*) desc, v")
                .setParameter(1, language).getResultList();
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /** Every public item's page, for the sitemap: language, slug, last change, translation group. */
    @Transactional
    public List<FeedEntry> allItems() {
        return entries(em.createNativeQuery("select " + COLUMNS + " from feed_entry where kind = 'ITEM'"
                + " order by language, slug"));
    }

    @Transactional
    public Optional<FeedEntry> entry(UUID itemId) {
        return entries(em.createNativeQuery("select " + COLUMNS + " from feed_entry where item_id = ?1")
                .setParameter(1, itemId)).stream().findFirst();
    }

    /** Writes an item's entry at its new position, widening the values it has ever had. */
    @Transactional(TxType.MANDATORY)
    public void put(FeedEntry entry) {
        em.createNativeQuery("""
                insert into feed_entry (item_id, position, kind, reason, document, etag, language, type, topics,
                    audiences, ever_languages, ever_types, ever_topics, ever_audiences, changed_at, slug)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, string_to_array(?9, ' '), string_to_array(?10, ' '),
                    string_to_array(?7, ' '), string_to_array(?8, ' '), string_to_array(?9, ' '),
                    string_to_array(?10, ' '), clock_timestamp(), ?11)
                on conflict (item_id) do update set position = excluded.position, kind = excluded.kind,
                    reason = excluded.reason, document = excluded.document, etag = excluded.etag,
                    language = excluded.language, slug = excluded.slug, type = excluded.type, topics = excluded.topics,
                    audiences = excluded.audiences,
                    ever_languages = array(select distinct v from unnest(feed_entry.ever_languages
                        || excluded.ever_languages) v order by v),
                    ever_types = array(select distinct v from unnest(feed_entry.ever_types
                        || excluded.ever_types) v order by v),
                    ever_topics = array(select distinct v from unnest(feed_entry.ever_topics
                        || excluded.ever_topics) v order by v),
                    ever_audiences = array(select distinct v from unnest(feed_entry.ever_audiences
                        || excluded.ever_audiences) v order by v),
                    changed_at = excluded.changed_at
                """)
                .setParameter(1, entry.itemId()).setParameter(2, entry.position())
                .setParameter(3, entry.kind().name())
                .setParameter(4, entry.reason() == null ? null : entry.reason().wireName())
                .setParameter(5, entry.document()).setParameter(6, entry.etag())
                .setParameter(7, entry.language()).setParameter(8, entry.type())
                .setParameter(9, String.join(" ", entry.topics())).setParameter(10, String.join(" ", entry.audiences()))
                .setParameter(11, entry.slug()).executeUpdate();
    }

    /**
     * Up to {@code limit} entries after {@code position}, in position order, that are or were in {@code view}, with
     * the head. One statement, so one snapshot: every position it can see was committed before any higher one.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Snapshot after(long position, FeedFilter view, int limit) {
        StringBuilder sql = new StringBuilder("select h.last, e.* from (select last from feed_position where id = 1) h"
                + " left join lateral (select " + COLUMNS + " from feed_entry where position > ?1");
        List<String> values = new ArrayList<>();
        everHad(sql, values, "ever_languages", view.languages());
        everHad(sql, values, "ever_types", view.types());
        everHad(sql, values, "ever_topics", view.topics());
        everHad(sql, values, "ever_audiences", view.audiences());
        sql.append(" order by position limit ").append(limit).append(") e on true order by e.position");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, position);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 2, values.get(i));
        }
        List<Object[]> rows = query.getResultList();
        long head = ((Number) rows.get(0)[0]).longValue();
        return new Snapshot(head, rows.stream().filter(r -> r[1] != null).map(r -> entry(r, 1)).toList());
    }

    /** The {@code limit} items most recently put in the feed that match {@code view} now, newest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Snapshot latest(FeedFilter view, int limit) {
        StringBuilder sql = new StringBuilder("select h.last, e.* from (select last from feed_position where id = 1) h"
                + " left join lateral (select " + COLUMNS + " from feed_entry where kind = 'ITEM'");
        List<String> values = new ArrayList<>();
        has(sql, values, "array[language]", view.languages());
        has(sql, values, "array[type]", view.types());
        has(sql, values, "topics", view.topics());
        has(sql, values, "audiences", view.audiences());
        sql.append(" order by position desc limit ").append(limit).append(") e on true order by e.position desc");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        List<Object[]> rows = query.getResultList();
        long head = ((Number) rows.get(0)[0]).longValue();
        return new Snapshot(head, rows.stream().filter(r -> r[1] != null).map(r -> entry(r, 1)).toList());
    }

    private static void has(StringBuilder sql, List<String> values, String column, List<String> wanted) {
        if (!wanted.isEmpty()) {
            values.add(String.join(" ", wanted));
            sql.append(" and ").append(column).append(" && string_to_array(?").append(values.size())
                    .append(", ' ')");
        }
    }

    private static void everHad(StringBuilder sql, List<String> values, String column, List<String> wanted) {
        if (!wanted.isEmpty()) {
            values.add(String.join(" ", wanted));
            sql.append(" and ").append(column).append(" && string_to_array(?").append(values.size() + 1)
                    .append(", ' ')");
        }
    }

    /** The last position given out. */
    @Transactional
    public long last() {
        return ((Number) em.createNativeQuery("select last from feed_position where id = 1").getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<FeedEntry> entries(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> entry(r, 0)).toList();
    }

    /** The entry in the columns of {@link #COLUMNS}, from {@code first} on. */
    private static FeedEntry entry(Object[] r, int first) {
        String reason = (String) r[first + 3];
        return new FeedEntry(uuid(r[first]), ((Number) r[first + 1]).longValue(),
                FeedEntry.Kind.valueOf((String) r[first + 2]), reason == null ? null : TombstoneReason.ofWireName(reason),
                (String) r[first + 4], (String) r[first + 5], (String) r[first + 6], (String) r[first + 7],
                (String) r[first + 8], words((String) r[first + 9]), words((String) r[first + 10]),
                instant(r[first + 11]));
    }

    private static List<String> words(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }
}
