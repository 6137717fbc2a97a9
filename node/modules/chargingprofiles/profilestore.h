#pragma once

#include "core/result.h"
#include "profileschedule.h"
#include "store/database.h"
#include "store/objecttable.h"

#include <QJsonObject>

#include <optional>

namespace ocpi {

// The charging profiles' tables (migration "charging_profiles"):
//   charging_profiles: CPO side, every profile set on one of our sessions and every clear, kept
//   so that a simulated charge's energy stays a function of time (a profile applies from when it
//   was set) and so that we know who set one (CP-07: updates go to them only);
//   charging_profile_updates: eMSP side, the ActiveChargingProfile a CPO last pushed per session.
class ProfileStore
{
public:
    // CPO side: the latest change of one of our sessions' profiles (profile none: cleared).
    struct SessionProfile
    {
        ObjectKey session;
        profiles::ProfileChange change;
    };
    // eMSP side: the ActiveChargingProfile a partner CPO last pushed for one of its sessions.
    struct PushedProfile
    {
        qint64 partnerId = 0;
        QString sessionId;
        QJsonObject active;
        QDateTime receivedAt;
    };

    explicit ProfileStore(Database &database) : m_database(database) {}

    static Migration migration();

    // A profile set on `session` by partner `partnerId` (none: cleared).
    Status record(const ObjectKey &session, qint64 partnerId, const std::optional<QJsonObject> &profile, const QDateTime &at);
    Result<QList<profiles::ProfileChange>> history(const ObjectKey &session);
    // The partners that set a profile on `session` at least once.
    Result<QList<qint64>> setters(const ObjectKey &session);

    // The latest change per session, newest first, at most `limit` sessions.
    Result<QList<SessionProfile>> latestPerSession(int limit);

    Status storeUpdate(qint64 partnerId, const QString &sessionId, const QJsonObject &active, const QDateTime &at);
    Result<std::optional<QJsonObject>> update(qint64 partnerId, const QString &sessionId);
    // Every pushed profile kept, newest first, at most `limit`.
    Result<QList<PushedProfile>> updates(int limit);

private:
    Database &m_database;
};

} // namespace ocpi
