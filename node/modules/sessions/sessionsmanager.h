#pragma once

#include "sync/objectsmanager.h"

#include <QJsonObject>

namespace ocpi {

// The business side of our CPO sessions: where they come from (ObjectsManager) and what the charger
// makes of a driver's charging preferences (SES-02, SES-15). An integrator whose sessions live in a
// charge point management system replaces this one class.
class SessionsManager : public ObjectsManager
{
public:
    // A ChargingPreferencesResponse value (ACCEPTED, DEPARTURE_REQUIRED, ENERGY_NEED_REQUIRED,
    // NOT_POSSIBLE, PROFILE_TYPE_NOT_SUPPORTED) for `preferences` (validated ChargingPreferences)
    // on `session`, one of ours found by find() just before.
    virtual Result<QString> chargingPreferences(const StoredObject &session, const QJsonObject &preferences) = 0;
};

// The default: our sessions in the node's SQL store (partner_id 0). Preferences are possible only
// for a session still charging (PENDING or ACTIVE); FAST and REGULAR need nothing more, while CHEAP
// and GREEN schedule the charge and so need the driver's departure_time.
class SqlSessionsManager : public SessionsManager
{
public:
    explicit SqlSessionsManager(Database &database) : m_objects(database, QStringLiteral("sessions")) {}

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

    Result<QString> chargingPreferences(const StoredObject &session, const QJsonObject &preferences) override;

private:
    SqlObjectsManager m_objects;
};

} // namespace ocpi
