#pragma once

#include "core/result.h"
#include "modules/commands/commandstore.h"
#include "profilestore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ocpi {

// What this node knows of one session's charging profile (CP), in either role:
//   Emsp: a partner CPO's session we sent requests about (SET, GET, CLEAR), with the
//   ActiveChargingProfile we last learnt (the CPO's push, CP-06, or a GET's result) or the limit
//   we set once the CPO accepted it;
//   Cpo: one of our sessions a partner eMSP sent requests about, with the profile it set (the
//   latest change of charging_profiles), none once cleared.
// One entry per (side, partner, session) on the eMSP side and per session on the CPO side.
struct ProfileEntry
{
    enum class Side { Emsp, Cpo };

    Side side = Side::Emsp;
    qint64 partnerId = 0;               // the CPO asked (Emsp), the eMSP who last asked (Cpo)
    QString sessionId;
    std::optional<CommandRecord> lastRequest;
    // An ActiveChargingProfile ({start_date_time, charging_profile}); empty: no limit known.
    QJsonObject active;
    // The latest known change was a clear (the empty `active` is known, not unknown).
    bool cleared = false;
    QDateTime updatedAt;                // the latest of the request's events and the profile's
};

// The overview from the stores, newest change first: the last `limit` requests and profiles.
Result<QList<ProfileEntry>> profileOverview(CommandStore &requests, ProfileStore &profiles, int limit);

// A ChargingProfile applied from `from` as the ActiveChargingProfile a chart and a summary read:
// its own start_date_time wins when it has one.
QJsonObject activeFrom(const QJsonObject &chargingProfile, const QDateTime &from);

} // namespace ocpi
