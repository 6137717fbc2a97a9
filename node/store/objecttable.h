#pragma once

#include "core/result.h"
#include "database.h"
#include "ocpi/party.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>

#include <optional>

namespace ocpi {

// How OCPI objects are addressed: owner party, id, and for tokens the type (TOK-02). CiStrings are
// kept upper case so lookups are case-insensitive (GEN-03).
struct ObjectKey
{
    PartyId owner;
    QString id;
    QString subKey;

    static ObjectKey of(const QString &countryCode, const QString &partyId, const QString &id,
                        const QString &subKey = QString());
    friend bool operator==(const ObjectKey &a, const ObjectKey &b)
    {
        return a.owner == b.owner && a.id == b.id && a.subKey == b.subKey;
    }
};

struct StoredObject
{
    qint64 seq = 0;            // creation order; pages are sorted by it (PG-06)
    ObjectKey key;
    qint64 partnerId = 0;      // 0: one of our own objects; else the partner it came from
    QDateTime lastUpdated;
    bool listed = true;        // shown on our Sender interface (e.g. Location.publish)
    QByteArray json;           // canonical OCPI JSON, served as stored
};

struct ObjectFilter
{
    enum class Source { Any, Ours, Partner, Partners };
    Source source = Source::Any;          // Partners: every partner's; Partner: one partner's
    qint64 partnerId = 0;                 // with Source::Partner
    QList<PartyId> owners;                // empty: any owner
    bool listedOnly = false;
    // With listedOnly: these unlisted objects are shown as well (a partner allowed to see some of
    // our unpublished locations, LOC-13). Few keys are expected; each adds one OR term.
    QList<ObjectKey> alsoKeys;
    bool unlistedOnly = false;            // only objects not listed (served by a partial index)
    std::optional<QDateTime> dateFrom;    // inclusive, on last_updated (PG-02)
    std::optional<QDateTime> dateTo;      // exclusive
    QString idPrefix;                     // operator searches; empty: all
    std::optional<qint64> afterSeq;       // only objects created after this one (batches that resume)
};

struct ObjectPage
{
    QByteArray json;   // a JSON array assembled from the stored objects
    int count = 0;
    qint64 total = 0;  // objects matching the filter (X-Total-Count)
};

// One table of OCPI objects of one kind (locations, tariffs, tokens, ...): indexed key columns next
// to the canonical JSON, so list pages are assembled from stored bytes (docs/architecture.md). Deep pages
// are as cheap as the first: where recent pages ended is remembered (offset -> last seq) until the
// table changes.
class ObjectTable
{
public:
    ObjectTable(Database &database, QString table);

    static QStringList schema(const QString &table);

    Result<std::optional<StoredObject>> find(const ObjectKey &key);
    // Inserts or replaces; an existing object keeps its place (seq). Returns true when created.
    Result<bool> put(const StoredObject &object, qint64 syncMark = 0);
    Status remove(const ObjectKey &key);
    // After a full pull: the partner's objects not seen in run `syncMark` are gone (TF-28).
    Result<int> removeUnmarked(qint64 partnerId, qint64 syncMark, const QList<PartyId> &owners);
    // The highest mark a pull left on the partner's objects (0: none), so every run can use its own.
    Result<qint64> lastSyncMark(qint64 partnerId);

    Result<ObjectPage> page(const ObjectFilter &filter, qint64 offset, int limit);
    enum class Order { OldestFirst, NewestFirst };
    Result<QList<StoredObject>> list(const ObjectFilter &filter, int limit = -1, Order order = Order::OldestFirst);

    const QString &table() const { return m_table; }

    // Changes whenever the table may have changed, by this process or another one sharing the
    // database; cheap (no table read), so views can poll it instead of re-reading the objects.
    qint64 epoch();

private:
    struct Where
    {
        QString sql;
        QVariantList values;
        QString signature;
    };
    Where where(const ObjectFilter &filter) const;

    Database &m_database;
    QString m_table;
    QMutex m_mutex;
    qint64 m_cacheEpoch = -1;
    QHash<QString, QMap<qint64, qint64>> m_pageEnds;   // signature -> offset -> seq before it
    QHash<QString, qint64> m_totals;
};

} // namespace ocpi
