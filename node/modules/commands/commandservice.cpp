#include "commandservice.h"

#include "asynccalls.h"

#include "client/ocpiclient.h"
#include "core/datetime.h"
#include "core/logging.h"
#include "http/ocpipaths.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "partners/partnerregistry.h"
#include "store/leadership.h"
#include "sync/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ocpi {

namespace {

CommandService::Answer refused(const QString &result, const QString &message, int statusCode = 1000)
{
    return {asynccalls::response(result, 0, message), statusCode, statusCode == 1000 ? QStringLiteral("Success") : message};
}

QJsonObject findIn(const QJsonArray &list, const QString &field, const QString &id)
{
    for (const QJsonValue &value : list) {
        if (value.toObject().value(field).toString().compare(id, Qt::CaseInsensitive) == 0)
            return value.toObject();
    }
    return {};
}

PartyId ownerOf(const QJsonObject &object)
{
    return {object.value(QStringLiteral("country_code")).toString(), object.value(QStringLiteral("party_id")).toString()};
}

} // namespace

const QList<CommandType> &commandTypes()
{
    static const QList<CommandType> types{{QStringLiteral("START_SESSION"), QStringLiteral("StartSession")},
                                          {QStringLiteral("STOP_SESSION"), QStringLiteral("StopSession")},
                                          {QStringLiteral("RESERVE_NOW"), QStringLiteral("ReserveNow")},
                                          {QStringLiteral("CANCEL_RESERVATION"), QStringLiteral("CancelReservation")},
                                          {QStringLiteral("UNLOCK_CONNECTOR"), QStringLiteral("UnlockConnector")}};
    return types;
}

std::optional<CommandType> commandType(const QString &name)
{
    for (const CommandType &type : commandTypes()) {
        if (type.name == name)
            return type;
    }
    return std::nullopt;
}

CommandService::CommandService(Database &database, CommandsManager &manager, Outbox &outbox, PartnerRegistry &partners,
                               OcpiClient &client, const Clock &clock, QList<PartyRole> ourParties, ValidationPolicy policy,
                               std::optional<ChargePointSite> site, QObject *parent)
    : QObject(parent), m_database(database), m_store(database), m_manager(manager), m_outbox(outbox), m_partners(partners), m_client(client),
      m_clock(clock), m_ourParties(std::move(ourParties)), m_policy(policy), m_site(std::move(site))
{
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        if (!m_leadership || m_leadership->isLeader())
            static_cast<void>(expireOverdue()); // failures are logged by the store
    });
    if (findRole(m_ourParties, Role::EMSP))
        m_sweep.start();
}

QString CommandService::newUid() const
{
    // 32 hex digits: fits a CiString(36) session or reservation id made from it.
    return QUuid::createUuid().toString(QUuid::Id128);
}

// ---- CPO: commands received ----

Result<CommandService::Answer> CommandService::receive(const Caller &caller, const std::optional<PartyId> &addressed,
                                                       const QString &typeName, const QJsonValue &body)
{
    const auto type = commandType(typeName);
    if (!type)
        return Error::notFound(QStringLiteral("command: '%1' is none of START_SESSION, STOP_SESSION, RESERVE_NOW, "
                                              "CANCEL_RESERVATION, UNLOCK_CONNECTOR")
                                   .arg(typeName.left(40)));
    auto checked = validateObject(type->objectName, body, m_policy);
    if (!checked)
        return checked.error();
    const QJsonObject command = *checked;
    if (command.contains(QStringLiteral("connector_id")) && !command.contains(QStringLiteral("evse_uid")))
        return Error::invalid(QStringLiteral("evse_uid: required when connector_id is given (CMD-07)"));

    PartyId ourParty;
    if (auto refusedAnswer = refusal(caller, addressed, *type, command, &ourParty))
        return *refusedAnswer;

    // The command, what the charge points do with it (sessions, EVSE statuses, pushes) and the
    // result queued for delivery: one commit, so one wait for the disk instead of one per write.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    CommandRecord record;
    record.uid = newUid();
    record.direction = CommandRecord::Direction::Received;
    record.partnerId = caller.partnerId;
    record.type = type->name;
    record.request = command;
    record.responseUrl = command.value(QStringLiteral("response_url")).toString();
    record.state = QStringLiteral("RECEIVED");
    record.createdAt = m_clock.now();
    if (auto stored = m_store.insert(record); !stored)
        return stored.error();

    const auto callerParty = findRole(caller.roles, Role::EMSP);
    const PartyId from = ourParty;
    const PartyId to = callerParty ? callerParty->party : PartyId{};
    ReceivedCommand received{record.uid, type->name, command, ourParty, caller};
    // The manager may report at once (a simulator) or later (a real charger): either way the
    // result goes out after this answer was stored.
    auto report = [this, record, from, to](const QJsonObject &result) { deliverResult(record, from, to, result); };
    CommandAnswer decided;
    if (m_site) {
        decided = m_manager.accept(received, *m_site, report);
    } else {
        decided = {QStringLiteral("NOT_SUPPORTED"), 0, QStringLiteral("this node has no locations or sessions module")};
    }
    const QJsonObject answer = asynccalls::response(decided.result, decided.timeoutSeconds, decided.message);
    if (Status s = m_store.recordResponse(record.uid, answer, decided.result, QString(), m_clock.now(), QDateTime()); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit commandChanged(record.uid);
    return Answer{answer};
}

std::optional<CommandService::Answer> CommandService::refusal(const Caller &caller, const std::optional<PartyId> &addressed,
                                                              const CommandType &type, const QJsonObject &body,
                                                              PartyId *ourParty)
{
    QList<PartyId> candidates;
    for (const PartyRole &ours : std::as_const(m_ourParties)) {
        if (ours.role == Role::CPO && (!addressed || ours.party == *addressed))
            candidates.append(ours.party);
    }
    if (candidates.isEmpty())
        return refused(QStringLiteral("REJECTED"), QStringLiteral("no CPO party of this node takes commands"));
    *ourParty = candidates.first();

    // An eMSP only uses its own tokens (CMD-09); they are pre-authorized, not looked up (CMD-08).
    if (body.contains(QStringLiteral("token"))) {
        const PartyId owner = ownerOf(body.value(QStringLiteral("token")).toObject());
        if (!mayActFor(caller, owner, Role::EMSP))
            return refused(QStringLiteral("REJECTED"),
                           QStringLiteral("token: %1 is not an eMSP party of yours (CMD-09)").arg(owner.toString()));
    }
    if (type.name == QLatin1String("STOP_SESSION")) {
        const QString sessionId = body.value(QStringLiteral("session_id")).toString();
        if (m_site) {
            for (const PartyId &party : std::as_const(candidates)) {
                auto found = m_site->sessions.findOwn(ObjectKey::of(party.countryCode, party.partyId, sessionId));
                if (!found || !found->has_value())
                    continue;
                const QJsonObject session = QJsonDocument::fromJson((*found)->json).object();
                // Another eMSP's session is as unknown as no session (its driver is none of the caller's).
                if (!mayActFor(caller, ownerOf(session.value(QStringLiteral("cdr_token")).toObject()), Role::EMSP))
                    break;
                *ourParty = party;
                return std::nullopt;
            }
        }
        return refused(QStringLiteral("UNKNOWN_SESSION"), QStringLiteral("no session '%1' of yours here").arg(sessionId));
    }
    if (body.contains(QStringLiteral("location_id")))
        return checkPlace(candidates, body, ourParty);
    return std::nullopt;
}

std::optional<CommandService::Answer> CommandService::checkPlace(const QList<PartyId> &candidates, const QJsonObject &body,
                                                                 PartyId *ourParty)
{
    const QString locationId = body.value(QStringLiteral("location_id")).toString();
    // CMD-05: an unknown location is refused with 2003 and REJECTED (HTTP 200: the request reached us).
    const auto unknown = [](const QString &what) {
        return refused(QStringLiteral("REJECTED"), what, 2003);
    };
    if (!m_site)
        return unknown(QStringLiteral("location_id: no location '%1' here").arg(locationId));
    for (const PartyId &party : candidates) {
        auto found = m_site->locations.findOwn(ObjectKey::of(party.countryCode, party.partyId, locationId));
        if (!found || !found->has_value())
            continue;
        *ourParty = party;
        const QJsonObject location = QJsonDocument::fromJson((*found)->json).object();
        const QString evseUid = body.value(QStringLiteral("evse_uid")).toString();
        if (evseUid.isEmpty())
            return std::nullopt;
        const QJsonObject evse = findIn(location.value(QStringLiteral("evses")).toArray(), QStringLiteral("uid"), evseUid);
        if (evse.isEmpty())
            return unknown(QStringLiteral("evse_uid: location '%1' has no EVSE '%2'").arg(locationId, evseUid));
        const QString connectorId = body.value(QStringLiteral("connector_id")).toString();
        if (!connectorId.isEmpty()
            && findIn(evse.value(QStringLiteral("connectors")).toArray(), QStringLiteral("id"), connectorId).isEmpty())
            return unknown(QStringLiteral("connector_id: EVSE '%1' has no connector '%2'").arg(evseUid, connectorId));
        return std::nullopt;
    }
    return unknown(QStringLiteral("location_id: no location '%1' here").arg(locationId));
}

void CommandService::deliverResult(const CommandRecord &command, const PartyId &ourParty, const PartyId &caller,
                                   const QJsonObject &result)
{
    auto checked = validateObject(QStringLiteral("CommandResult"), result, m_policy);
    if (!checked) {
        qCWarning(lcModules).noquote() << "the commands manager reported an invalid CommandResult for" << command.uid << ":"
                                    << checked.error().message;
        return;
    }
    if (Status s = asynccalls::deliverResult(m_outbox, m_store, m_clock, QString::fromLatin1(kIdentifier), command, ourParty,
                                             caller, *checked);
        !s) {
        qCWarning(lcModules).noquote() << "cannot queue the result of command" << command.uid << ":" << s.error().message;
        return;
    }
    emit commandChanged(command.uid);
}

// ---- eMSP: commands sent ----

void CommandService::send(qint64 partnerId, const QString &typeName, QJsonObject body, Sent done,
                          const std::optional<PartyId> &to)
{
    const auto type = commandType(typeName);
    if (!type) {
        done(Error::invalid(QStringLiteral("command: '%1' is none of START_SESSION, STOP_SESSION, RESERVE_NOW, "
                                           "CANCEL_RESERVATION, UNLOCK_CONNECTOR")
                                .arg(typeName)));
        return;
    }
    auto target = asynccalls::receiverOf(m_partners, partnerId, QString::fromLatin1(kIdentifier), m_ourParties, to);
    if (!target) {
        done(target.error());
        return;
    }
    CommandRecord record;
    record.uid = newUid();
    record.partnerId = partnerId;
    record.type = type->name;
    // One response_url per command (CMD-02): our commands Sender endpoint, the type and our id.
    record.responseUrl = OcpiClient::joinUrl(m_publicBase + paths::module(Role::EMSP, QString::fromLatin1(kIdentifier)),
                                             {type->name, record.uid});
    body.insert(QStringLiteral("response_url"), record.responseUrl);
    auto checked = validateObject(type->objectName, body, m_policy);
    if (!checked) {
        done(checked.error());
        return;
    }
    record.request = *checked;
    record.state = QStringLiteral("SENT");
    record.createdAt = m_clock.now();
    // Stored before it goes: a quick CPO's result finds it.
    if (auto stored = m_store.insert(record); !stored) {
        done(stored.error());
        return;
    }
    const OutgoingRequest request = asynccalls::requestTo(*target, "POST", OcpiClient::joinUrl(target->url, {type->name}),
                                                          QJsonDocument(record.request).toJson(QJsonDocument::Compact));
    m_client.send(request, [this, uid = record.uid, done = std::move(done)](const OcpiReply &reply) {
        auto answered = asynccalls::recordAnswer(m_store, m_clock, m_policy, uid, reply, QStringLiteral("CommandResponse"),
                                                 kTimeoutMarginSeconds);
        if (answered)
            emit commandChanged(uid);
        done(std::move(answered));
    });
}

Status CommandService::receiveResult(const Caller &caller, const QString &type, const QString &uid, const QJsonValue &body)
{
    auto recorded = asynccalls::recordResult(m_store, m_clock, m_policy, caller, type, uid, body, QStringLiteral("CommandResult"));
    if (!recorded)
        return recorded.error();
    // A second result for the same command (a retry after a lost answer) changes nothing.
    if (*recorded)
        emit commandChanged(uid);
    return Status::success();
}

Result<int> CommandService::expireOverdue()
{
    auto expired = m_store.expireOverdue(m_clock.now());
    if (expired && *expired > 0)
        emit commandChanged(QString());
    return expired;
}

} // namespace ocpi
