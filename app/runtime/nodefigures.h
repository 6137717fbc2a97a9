#pragma once

#include "core/result.h"
#include "partners/partner.h"
#include "traffic/trafficrate.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ocpi {

class NodeServices;

// How one partner connection is doing, in the words an operator uses.
enum class PartnerHealth {
    Online,     // registered, nothing waiting on a failed delivery
    Offline,    // registered, but our last delivery to it failed (the outbox retries)
    Failed,     // the handshake failed
    Pending,    // invited or registering: no exchange yet
    Unregistered,
};
QString partnerHealthName(PartnerHealth health); // "online", ... (stable, for --json and tests)

struct PartnerFigures
{
    qint64 id = 0;
    QString name;
    QString parties;       // "DE-ABC:CPO, DE-ABC:EMSP"
    PartnerHealth health = PartnerHealth::Pending;
    QString reason;        // the failed handshake's or delivery's error
    QDateTime lastContact; // invalid: never
    int pending = 0;       // outbox deliveries waiting
    int parked = 0;        // outbox deliveries parked for the operator
};

// The figures of the console's dashboard and status bar, read in one go on the node's thread.
struct NodeFigures
{
    QList<PartnerFigures> partners;
    QList<TrafficMinute> lastHour; // 60 minutes, oldest first
    int activeSessions = 0;        // sessions ACTIVE (ours and partners') updated today
    double energyTodayKwh = 0;     // kWh of the sessions that started today
    int pending = 0;
    int parked = 0;

    int partnersOnline() const;
    int exchangesLastHour() const;
    int errorsLastHour() const;
};

// `now` decides "today" (local day) and the hour; sessions count only when the sessions module is
// in the node's list.
Result<NodeFigures> readNodeFigures(NodeServices &services, const QDateTime &now);

} // namespace ocpi
