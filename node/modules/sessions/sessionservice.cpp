#include "sessionservice.h"

#include "ocpi/validator.h"
#include "sessionsmanager.h"
#include "sync/driverrecords.h"

#include <QJsonDocument>

namespace ocpi {

const ObjectModule &SessionService::definition()
{
    // Sessions are owned by CPO parties and received by eMSPs; a partner that registers later is
    // not sent the past ones.
    static const ObjectModule module{QStringLiteral("sessions"), QStringLiteral("Session"), QStringLiteral("id"),
                                     Role::CPO, Role::EMSP, false, false, false};
    return module;
}

SessionService::SessionService(Database &database, SessionsManager &manager, Outbox &outbox, const Clock &clock,
                               QList<PartyRole> ourParties, const ValidationPolicy &policy, QObject *parent)
    : ObjectService(definition(), database, manager, outbox, clock, std::move(ourParties), policy, parent),
      m_sessions(manager)
{
}

PatchTarget SessionService::patchTarget(const ObjectKey &key) const
{
    PatchTarget target = ObjectService::patchTarget(key);
    PatchList periods;
    periods.field = QStringLiteral("charging_periods");
    periods.itemObject = QStringLiteral("ChargingPeriod");
    periods.merge = PatchList::Merge::Append;
    periods.limit = ListKind::ChargingPeriods;
    target.lists.append(periods);
    return target;
}

void SessionService::address(PushChange &push, const QJsonObject &canonical) const
{
    push.to = driverEmspOf(canonical);
}

Result<ObjectPage> SessionService::senderPageFor(const Caller &caller, ObjectFilter filter, qint64 offset, int limit)
{
    // Sessions are few per date window (an eMSP's pulls carry date_from, SES-03): read and keep in
    // memory, as the CDR default does.
    auto sessions = m_sessions.list(filter, -1);
    if (!sessions)
        return sessions.error();
    return driverRecordsPage(*sessions, readableBy(caller), offset, limit);
}

Result<QString> SessionService::chargingPreferences(const Caller &emsp, const std::optional<PartyId> &addressed,
                                                    const QString &sessionId, const QJsonValue &preferences)
{
    if (Status s = checkCiString(QStringLiteral("session_id"), sessionId, 36); !s)
        return s.error();
    auto checked = validateObject(QStringLiteral("ChargingPreferences"), preferences, m_policy);
    if (!checked)
        return checked.error();
    const auto unknown = [&sessionId] {
        return Error{ErrorKind::UnknownSession, QStringLiteral("session_id: no session '%1' of yours here").arg(sessionId)};
    };
    for (const PartyRole &ours : std::as_const(m_ourParties)) {
        if (ours.role != m_module.ownerRole || (addressed && !(ours.party == *addressed)))
            continue;
        auto found = m_sessions.find(ObjectKey::of(ours.party.countryCode, ours.party.partyId, sessionId));
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        // Only the eMSP of the driver charging may set preferences for the session.
        const auto tokenOwner = driverEmspOf(QJsonDocument::fromJson((*found)->json).object());
        if (!tokenOwner || !mayActFor(emsp, *tokenOwner, Role::EMSP))
            return unknown();
        return m_sessions.chargingPreferences(**found, *checked);
    }
    return unknown();
}

} // namespace ocpi
