#include "nodefigures.h"

#include "nodeservices.h"
#include "core/datetime.h"
#include "partners/partnerregistry.h"
#include "store/database.h"
#include "sync/outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace ocpi {

namespace {

PartnerHealth healthOf(const Partner &partner, const PartnerBacklog *backlog)
{
    switch (partner.state) {
    case PartnerState::Failed: return PartnerHealth::Failed;
    case PartnerState::Unregistered: return PartnerHealth::Unregistered;
    case PartnerState::Invited:
    case PartnerState::Registering: return PartnerHealth::Pending;
    case PartnerState::Registered: break;
    }
    // The outbox keeps the error of a delivery it is still retrying: the partner did not take it.
    return backlog && backlog->pending > 0 && !backlog->lastError.isEmpty() ? PartnerHealth::Offline
                                                                              : PartnerHealth::Online;
}

Status readSessions(NodeServices &services, const QDateTime &now, NodeFigures &figures)
{
    ObjectService *sessions = services.objectService(QStringLiteral("sessions"));
    if (!sessions)
        return Status::success();
    const QDateTime startOfDay = now.toLocalTime().date().startOfDay();
    // Active sessions get a PATCH at least every few minutes (charging periods, kWh), so those
    // updated today are the active ones; the index on last_updated keeps this a short read.
    ObjectFilter filter;
    filter.dateFrom = startOfDay;
    const Result<QList<StoredObject>> today = sessions->stored(filter);
    if (!today)
        return today.error();
    for (const StoredObject &stored : *today) {
        const QJsonObject session = QJsonDocument::fromJson(stored.json).object();
        if (session.value(QLatin1String("status")).toString() == QLatin1String("ACTIVE"))
            ++figures.activeSessions;
        const std::optional<QDateTime> started =
            parseDateTime(session.value(QLatin1String("start_date_time")).toString());
        if (started && *started >= startOfDay)
            figures.energyTodayKwh += session.value(QLatin1String("kwh")).toDouble();
    }
    return Status::success();
}

} // namespace

QString partnerHealthName(PartnerHealth health)
{
    switch (health) {
    case PartnerHealth::Online: return QStringLiteral("online");
    case PartnerHealth::Offline: return QStringLiteral("offline");
    case PartnerHealth::Failed: return QStringLiteral("failed");
    case PartnerHealth::Pending: return QStringLiteral("pending");
    case PartnerHealth::Unregistered: return QStringLiteral("unregistered");
    }
    return QString();
}

int NodeFigures::partnersOnline() const
{
    return int(std::count_if(partners.cbegin(), partners.cend(),
                             [](const PartnerFigures &p) { return p.health == PartnerHealth::Online; }));
}

int NodeFigures::exchangesLastHour() const
{
    int sum = 0;
    for (const TrafficMinute &minute : lastHour)
        sum += minute.exchanges;
    return sum;
}

int NodeFigures::errorsLastHour() const
{
    int sum = 0;
    for (const TrafficMinute &minute : lastHour)
        sum += minute.errors;
    return sum;
}

Result<NodeFigures> readNodeFigures(NodeServices &services, const QDateTime &now)
{
    NodeFigures figures;
    const Result<QList<Partner>> partners = services.partners().list();
    if (!partners)
        return partners.error();
    const Result<QList<PartnerBacklog>> backlog = services.outbox().backlog();
    if (!backlog)
        return backlog.error();
    for (const Partner &partner : *partners) {
        const PartnerBacklog *waiting = nullptr;
        for (const PartnerBacklog &b : *backlog) {
            if (b.partnerId == partner.id)
                waiting = &b;
        }
        PartnerFigures row;
        row.id = partner.id;
        row.name = partner.name;
        QStringList parties;
        for (const PartyRole &party : partner.partyRoles())
            parties << party.toString();
        row.parties = parties.join(QStringLiteral(", "));
        row.health = healthOf(partner, waiting);
        row.reason = row.health == PartnerHealth::Offline ? waiting->lastError : partner.stateReason;
        row.lastContact = partner.lastContact;
        row.pending = waiting ? waiting->pending : 0;
        row.parked = waiting ? waiting->parked : 0;
        figures.pending += row.pending;
        figures.parked += row.parked;
        figures.partners.append(row);
    }
    Result<QList<TrafficMinute>> minutes = TrafficRate::lastMinutes(services.trafficDatabase().connection(), now, 60);
    if (!minutes)
        return minutes.error();
    figures.lastHour = std::move(*minutes);
    if (Status read = readSessions(services, now, figures); !read)
        return read.error();
    return figures;
}

} // namespace ocpi
