#include "objecttable.h"

#include "core/datetime.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace ocpi {

namespace {

constexpr int kRememberedPageEnds = 4096;

const QString kColumns = QStringLiteral(
    "seq, country_code, party_id, object_id, sub_key, partner_id, last_updated_ms, listed, json");

template <typename Row> // QSqlQuery or Statement
StoredObject objectFrom(const Row &q)
{
    StoredObject o;
    o.seq = q.value(0).toLongLong();
    o.key.owner = PartyId{q.value(1).toString(), q.value(2).toString()};
    o.key.id = q.value(3).toString();
    o.key.subKey = q.value(4).toString();
    o.partnerId = q.value(5).toLongLong();
    o.lastUpdated = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    o.listed = q.value(7).toInt() != 0;
    o.json = q.value(8).toByteArray();
    return o;
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
}

void bindAll(Statement &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.bind(value);
}

} // namespace

ObjectKey ObjectKey::of(const QString &countryCode, const QString &partyId, const QString &id, const QString &subKey)
{
    return {PartyId::of(countryCode, partyId), id.toUpper(), subKey.toUpper()};
}

ObjectTable::ObjectTable(Database &database, QString table) : m_database(database), m_table(std::move(table)) {}

QStringList ObjectTable::schema(const QString &table)
{
    return {QStringLiteral("CREATE TABLE %1 ("
                           " seq {auto_id},"
                           " country_code TEXT NOT NULL,"
                           " party_id TEXT NOT NULL,"
                           " object_id TEXT NOT NULL,"
                           " sub_key TEXT NOT NULL DEFAULT '',"
                           " partner_id BIGINT NOT NULL DEFAULT 0,"
                           " last_updated_ms BIGINT NOT NULL,"
                           " listed INTEGER NOT NULL DEFAULT 1,"
                           " sync_mark BIGINT NOT NULL DEFAULT 0,"
                           " json {bytes} NOT NULL,"
                           " UNIQUE (country_code, party_id, object_id, sub_key))")
                .arg(table),
            QStringLiteral("CREATE INDEX %1_partner ON %1 (partner_id, seq)").arg(table),
            QStringLiteral("CREATE INDEX %1_updated ON %1 (last_updated_ms)").arg(table)};
}

qint64 ObjectTable::epoch()
{
    // This process's writes are counted by the Database; other connections' commits change its
    // changeVersion().
    return m_database.changeVersion() * 1000003 + m_database.localWrites();
}

ObjectTable::Where ObjectTable::where(const ObjectFilter &filter) const
{
    Where w;
    QStringList parts;
    switch (filter.source) {
    case ObjectFilter::Source::Ours:
        parts << QStringLiteral("partner_id = 0");
        break;
    case ObjectFilter::Source::Partner:
        parts << QStringLiteral("partner_id = ?");
        w.values << filter.partnerId;
        break;
    case ObjectFilter::Source::Partners:
        parts << QStringLiteral("partner_id <> 0");
        break;
    case ObjectFilter::Source::Any:
        break;
    }
    if (!filter.owners.isEmpty()) {
        QStringList owners;
        for (const PartyId &owner : filter.owners) {
            owners << QStringLiteral("(country_code = ? AND party_id = ?)");
            w.values << owner.countryCode << owner.partyId;
        }
        parts << QLatin1Char('(') + owners.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.listedOnly) {
        if (filter.alsoKeys.isEmpty()) {
            parts << QStringLiteral("listed = 1");
        } else {
            QStringList shown{QStringLiteral("listed = 1")};
            for (const ObjectKey &key : filter.alsoKeys) {
                shown << QStringLiteral("(country_code = ? AND party_id = ? AND object_id = ? AND sub_key = ?)");
                w.values << key.owner.countryCode << key.owner.partyId << key.id << notNull(key.subKey);
            }
            parts << QLatin1Char('(') + shown.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
    }
    // Spelled as a literal, not bound: SQLite uses a partial index "... WHERE listed = 0" only
    // when the query states the same condition.
    if (filter.unlistedOnly)
        parts << QStringLiteral("listed = 0");
    if (filter.dateFrom) {
        parts << QStringLiteral("last_updated_ms >= ?");
        w.values << filter.dateFrom->toMSecsSinceEpoch();
    }
    if (filter.dateTo) {
        parts << QStringLiteral("last_updated_ms < ?");
        w.values << filter.dateTo->toMSecsSinceEpoch();
    }
    if (!filter.idPrefix.isEmpty()) {
        parts << QStringLiteral("object_id LIKE ? ESCAPE '\\'");
        QString prefix = filter.idPrefix.toUpper();
        prefix.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        w.values << prefix + QLatin1Char('%');
    }
    if (filter.afterSeq) {
        parts << QStringLiteral("seq > ?");
        w.values << *filter.afterSeq;
    }
    w.sql = parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
    w.signature = w.sql;
    for (const QVariant &value : std::as_const(w.values))
        w.signature += QLatin1Char('|') + value.toString();
    return w;
}

Result<std::optional<StoredObject>> ObjectTable::find(const ObjectKey &key)
{
    Statement q(m_database, QStringLiteral("SELECT %1 FROM %2 WHERE country_code = ? AND party_id = ? AND object_id = ? AND sub_key = ?")
                                .arg(kColumns, m_table));
    q.bind(key.owner.countryCode).bind(key.owner.partyId).bind(key.id).bind(notNull(key.subKey));
    if (Status s = q.exec("reading an object"); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredObject>();
    return std::optional<StoredObject>(objectFrom(q));
}

Result<bool> ObjectTable::put(const StoredObject &object, qint64 syncMark)
{
    {
        Statement update(m_database, QStringLiteral("UPDATE %1 SET partner_id = ?, last_updated_ms = ?, listed = ?, sync_mark = ?, "
                                                    "json = ? WHERE country_code = ? AND party_id = ? AND object_id = ? AND sub_key = ?")
                                         .arg(m_table));
        update.bind(object.partnerId).bind(object.lastUpdated.toMSecsSinceEpoch()).bind(object.listed ? 1 : 0).bind(syncMark);
        update.bind(object.json).bind(object.key.owner.countryCode).bind(object.key.owner.partyId).bind(object.key.id);
        update.bind(notNull(object.key.subKey));
        if (Status s = update.exec("storing an object"); !s)
            return s.error();
        m_database.noteLocalWrite();
        if (update.rowsAffected() > 0)
            return false;
    }
    // Another process (an operator command beside the serving node) may insert the same key between
    // the UPDATE above and this INSERT: then this write becomes the update it would have been,
    // rather than a storage error. ON CONFLICT: SQLite 3.24+ and PostgreSQL 9.5+.
    Statement insert(m_database, QStringLiteral("INSERT INTO %1 (country_code, party_id, object_id, sub_key, partner_id, "
                                                "last_updated_ms, listed, sync_mark, json) VALUES (?,?,?,?,?,?,?,?,?) "
                                                "ON CONFLICT (country_code, party_id, object_id, sub_key) DO UPDATE SET "
                                                "partner_id = excluded.partner_id, last_updated_ms = excluded.last_updated_ms, "
                                                "listed = excluded.listed, sync_mark = excluded.sync_mark, json = excluded.json")
                                     .arg(m_table));
    insert.bind(object.key.owner.countryCode).bind(object.key.owner.partyId).bind(object.key.id);
    insert.bind(notNull(object.key.subKey)).bind(object.partnerId).bind(object.lastUpdated.toMSecsSinceEpoch());
    insert.bind(object.listed ? 1 : 0).bind(syncMark).bind(object.json);
    if (Status s = insert.exec("storing an object"); !s)
        return s.error();
    return true;
}

Status ObjectTable::remove(const ObjectKey &key)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE country_code = ? AND party_id = ? AND object_id = ? AND sub_key = ?")
                  .arg(m_table));
    q.addBindValue(key.owner.countryCode);
    q.addBindValue(key.owner.partyId);
    q.addBindValue(key.id);
    q.addBindValue(notNull(key.subKey));
    m_database.noteLocalWrite();
    return execute(q, "removing an object");
}

Result<int> ObjectTable::removeUnmarked(qint64 partnerId, qint64 syncMark, const QList<PartyId> &owners)
{
    ObjectFilter filter;
    filter.source = ObjectFilter::Source::Partner;
    filter.partnerId = partnerId;
    filter.owners = owners;
    const Where w = where(filter);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 AND sync_mark <> ?").arg(m_table, w.sql));
    bindAll(q, w.values);
    q.addBindValue(syncMark);
    m_database.noteLocalWrite();
    if (Status s = execute(q, "removing objects a partner no longer lists"); !s)
        return s.error();
    return q.numRowsAffected();
}

Result<qint64> ObjectTable::lastSyncMark(qint64 partnerId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT MAX(sync_mark) FROM %1 WHERE partner_id = ?").arg(m_table));
    q.addBindValue(partnerId);
    if (Status s = execute(q, "reading the last pull mark"); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<ObjectPage> ObjectTable::page(const ObjectFilter &filter, qint64 offset, int limit)
{
    const Where w = where(filter);
    const qint64 now = epoch();
    std::optional<qint64> startAfter;
    std::optional<qint64> total;
    {
        QMutexLocker lock(&m_mutex);
        if (now != m_cacheEpoch) {
            m_pageEnds.clear();
            m_totals.clear();
            m_cacheEpoch = now;
        }
        if (offset == 0) {
            startAfter = 0;
        } else {
            const auto ends = m_pageEnds.constFind(w.signature);
            if (ends != m_pageEnds.constEnd()) {
                const auto found = ends->constFind(offset);
                if (found != ends->constEnd())
                    startAfter = *found;
            }
        }
        const auto counted = m_totals.constFind(w.signature);
        if (counted != m_totals.constEnd())
            total = *counted;
    }

    ObjectPage page;
    if (!total) {
        Statement count(m_database, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(m_table, w.sql));
        bindAll(count, w.values);
        if (Status s = count.exec("counting objects"); !s)
            return s.error();
        total = count.next() ? count.value(0).toLongLong() : 0;
    }
    page.total = *total;

    // Both forms are prepared once per filter shape and kept (the values are bound, not spliced in).
    Statement q(m_database, startAfter ? QStringLiteral("SELECT seq, json FROM %1 WHERE %2 AND seq > ? ORDER BY seq LIMIT ?").arg(m_table, w.sql)
                                       : QStringLiteral("SELECT seq, json FROM %1 WHERE %2 ORDER BY seq LIMIT ? OFFSET ?").arg(m_table, w.sql));
    bindAll(q, w.values);
    if (startAfter)
        q.bind(*startAfter).bind(limit);
    else
        q.bind(limit).bind(offset);
    if (Status s = q.exec("reading a page of objects"); !s)
        return s.error();
    page.json.reserve(limit * 1800 + 2);
    page.json.append('[');
    qint64 firstSeq = -1;
    qint64 lastSeq = -1;
    while (q.next()) {
        if (page.count > 0)
            page.json.append(',');
        lastSeq = q.value(0).toLongLong();
        if (firstSeq < 0)
            firstSeq = lastSeq;
        page.json.append(q.value(1).toByteArray());
        ++page.count;
    }
    page.json.append(']');

    QMutexLocker lock(&m_mutex);
    if (m_cacheEpoch == now) {
        m_totals.insert(w.signature, page.total);
        if (lastSeq >= 0) {
            QMap<qint64, qint64> &ends = m_pageEnds[w.signature];
            if (ends.size() >= kRememberedPageEnds)
                ends.clear();
            ends.insert(offset + page.count, lastSeq);
            // The same page asked again (several clients walking the list) starts at its first row.
            if (offset > 0)
                ends.insert(offset, firstSeq - 1);
        }
    }
    return page;
}

Result<QList<StoredObject>> ObjectTable::list(const ObjectFilter &filter, int limit, Order order)
{
    const Where w = where(filter);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY seq %4 LIMIT ?")
                  .arg(kColumns, m_table, w.sql, order == Order::NewestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC")));
    bindAll(q, w.values);
    q.addBindValue(limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit)); // "all": PostgreSQL refuses LIMIT -1
    if (Status s = execute(q, "listing objects"); !s)
        return s.error();
    QList<StoredObject> objects;
    while (q.next())
        objects.append(objectFrom(q));
    return objects;
}

} // namespace ocpi
