#pragma once

#include "core/result.h"
#include "modules/modulemanager.h"
#include "store/objecttable.h"

#include <optional>

namespace ocpi {

// Where a module's OWN objects come from (docs/architecture.md): the pluggable business side. The default
// keeps them in the node's SQL store; an integrator can serve them from an asset database instead,
// and the protocol code does not change. Partners' objects always live in the node's store.
class ObjectsManager : public ModuleManager
{
public:
    ~ObjectsManager() override = default;

    // A page of our objects for our Sender interface.
    virtual Result<ObjectPage> page(const ObjectFilter &filter, qint64 offset, int limit) = 0;
    virtual Result<std::optional<StoredObject>> find(const ObjectKey &key) = 0;
    // Our objects matching `filter` (its source is always Ours), oldest first, at most `limit`
    // (-1: all): operators' exports and the console's lists.
    virtual Result<QList<StoredObject>> list(const ObjectFilter &filter, int limit) = 0;
    // One of our objects was created or changed (import, console, API). Returns true when created.
    virtual Result<bool> store(const StoredObject &object) = 0;
    // One of our objects was withdrawn (tariffs; the caller pushes the DELETE).
    virtual Status remove(const ObjectKey &key) = 0;
};

// The default: our objects in the same table as partners' copies (partner_id 0).
class SqlObjectsManager : public ObjectsManager
{
public:
    SqlObjectsManager(Database &database, const QString &table) : m_table(database, table) {}

    Result<ObjectPage> page(const ObjectFilter &filter, qint64 offset, int limit) override
    {
        ObjectFilter ours = filter;
        ours.source = ObjectFilter::Source::Ours;
        return m_table.page(ours, offset, limit);
    }
    Result<std::optional<StoredObject>> find(const ObjectKey &key) override { return m_table.find(key); }
    Result<QList<StoredObject>> list(const ObjectFilter &filter, int limit) override
    {
        ObjectFilter ours = filter;
        ours.source = ObjectFilter::Source::Ours;
        return m_table.list(ours, limit);
    }
    Result<bool> store(const StoredObject &object) override { return m_table.put(object); }
    Status remove(const ObjectKey &key) override { return m_table.remove(key); }

private:
    ObjectTable m_table;
};

// The same storage under a module's own manager type (SessionsManager, CdrsManager, ...): a module's
// SQL default derives from this and adds only its decisions.
template <typename Manager>
class SqlStoredManager : public Manager
{
public:
    SqlStoredManager(Database &database, const QString &table) : m_objects(database, table) {}

    Result<ObjectPage> page(const ObjectFilter &filter, qint64 offset, int limit) override
    {
        return m_objects.page(filter, offset, limit);
    }
    Result<std::optional<StoredObject>> find(const ObjectKey &key) override { return m_objects.find(key); }
    Result<QList<StoredObject>> list(const ObjectFilter &filter, int limit) override
    {
        return m_objects.list(filter, limit);
    }
    Result<bool> store(const StoredObject &object) override { return m_objects.store(object); }
    Status remove(const ObjectKey &key) override { return m_objects.remove(key); }

protected:
    SqlObjectsManager m_objects;
};

} // namespace ocpi
