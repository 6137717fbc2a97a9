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
class SqlSessionsManager : public SqlStoredManager<SessionsManager>
{
public:
    explicit SqlSessionsManager(Database &database) : SqlStoredManager(database, QStringLiteral("sessions")) {}

    Result<QString> chargingPreferences(const StoredObject &session, const QJsonObject &preferences) override;
};

} // namespace ocpi
