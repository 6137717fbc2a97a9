#pragma once

#include "modules/cdrs/cdrsmanager.h"
#include "modules/tokens/tokenjson.h"
#include "modules/tokens/tokensmanager.h"
#include "sync/objectsmanager.h"

#include <QJsonDocument>
#include <QMutex>
#include <QUuid>

#include <vector>

namespace ocpi::test {

// Our own objects held in memory, as an integrator's back office would hold them outside the
// node's store: the manager contract (ObjectsManager) without SQL. `Base` is the module's manager
// type (ObjectsManager, TokensManager). Filters mean what ObjectTable makes them mean.
template <typename Base>
class MemoryObjects : public Base
{
public:
    Result<ObjectPage> page(const ObjectFilter &filter, qint64 offset, int limit) override
    {
        const QList<StoredObject> matching = select(filter);
        ObjectPage page;
        page.total = matching.size();
        QByteArrayList parts;
        for (qsizetype i = offset; i < matching.size() && parts.size() < limit; ++i)
            parts << matching.at(i).json;
        page.count = int(parts.size());
        page.json = '[' + parts.join(',') + ']';
        return page;
    }
    Result<std::optional<StoredObject>> find(const ObjectKey &key) override
    {
        QMutexLocker lock(&m_mutex);
        for (const StoredObject &object : m_objects) {
            if (object.key == key)
                return std::optional<StoredObject>(object);
        }
        return std::optional<StoredObject>();
    }
    Result<QList<StoredObject>> list(const ObjectFilter &filter, int limit) override
    {
        QList<StoredObject> matching = select(filter);
        if (limit >= 0 && matching.size() > limit)
            matching.resize(limit);
        return matching;
    }
    Result<bool> store(const StoredObject &object) override
    {
        QMutexLocker lock(&m_mutex);
        ++stores;
        for (StoredObject &existing : m_objects) {
            if (existing.key == object.key) {
                const qint64 seq = existing.seq; // keeps its place (PG-06)
                existing = object;
                existing.seq = seq;
                return false;
            }
        }
        StoredObject added = object;
        added.seq = ++m_lastSeq;
        m_objects.push_back(added);
        return true;
    }
    Status remove(const ObjectKey &key) override
    {
        QMutexLocker lock(&m_mutex);
        std::erase_if(m_objects, [&](const StoredObject &object) { return object.key == key; });
        return Status::success();
    }

    int stores = 0; // how often the node stored through this manager

protected:
    QList<StoredObject> select(const ObjectFilter &filter)
    {
        QMutexLocker lock(&m_mutex);
        QList<StoredObject> matching;
        for (const StoredObject &object : m_objects) {
            if (!filter.owners.isEmpty() && !filter.owners.contains(object.key.owner))
                continue;
            if (filter.listedOnly && !object.listed && !filter.alsoKeys.contains(object.key))
                continue;
            if (filter.unlistedOnly && object.listed)
                continue;
            if (filter.dateFrom && object.lastUpdated < *filter.dateFrom)
                continue;
            if (filter.dateTo && object.lastUpdated >= *filter.dateTo)
                continue;
            if (!filter.idPrefix.isEmpty() && !object.key.id.startsWith(filter.idPrefix, Qt::CaseInsensitive))
                continue;
            matching.append(object);
        }
        return matching;
    }

private:
    QMutex m_mutex; // the node may call from its group commit's writer thread too
    std::vector<StoredObject> m_objects; // in creation order
    qint64 m_lastSeq = 0;
};

using MemoryObjectsManager = MemoryObjects<ObjectsManager>;

// Tokens in memory, deciding as the SQL default does (valid: ALLOWED, else BLOCKED), so both run
// one contract suite.
class MemoryTokensManager final : public MemoryObjects<TokensManager>
{
public:
    Result<QJsonObject> authorize(const StoredObject &token, const std::optional<QJsonObject> &locationReferences,
                                  const Caller &) override
    {
        if (!tokenjson::isValid(QJsonDocument::fromJson(token.json).object()))
            return tokenjson::authorizationInfo(tokenjson::blocked());
        return tokenjson::authorizationInfo(tokenjson::allowed(), locationReferences,
                                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
};

// CDRs in memory: an eMSP's page keeps its drivers' CDRs, as the SQL default does.
class MemoryCdrsManager final : public MemoryObjects<CdrsManager>
{
public:
    Result<ObjectPage> pageFor(const ObjectFilter &filter, const EmspTest &mayRead, qint64 offset,
                               int limit) override
    {
        return driverRecordsPage(select(filter), mayRead, offset, limit);
    }
};

} // namespace ocpi::test
