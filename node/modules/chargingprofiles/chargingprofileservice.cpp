#include "chargingprofileservice.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "http/ocpipaths.h"
#include "modules/commands/asynccalls.h"
#include "modules/commands/simulatedchargers.h"
#include "modules/locations/locationservice.h"
#include "modules/sessions/sessionservice.h"
#include "partners/partnerregistry.h"
#include "store/leadership.h"
#include "sync/outbox.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace ocpi {

namespace {

QJsonObject objectOf(const StoredObject &stored)
{
    return QJsonDocument::fromJson(stored.json).object();
}

ChargingProfileService::Answer refused(const QString &result, const QString &message)
{
    return {asynccalls::response(result, 0), message};
}

} // namespace

ChargingProfileService::ChargingProfileService(Database &database, Outbox &outbox, PartnerRegistry &partners,
                                               OcpiClient &client, const Clock &clock, QList<PartyRole> ourParties,
                                               ValidationPolicy policy, std::optional<Site> site, QObject *parent)
    : QObject(parent), m_database(database), m_requests(database, QString::fromLatin1(kTable)), m_profiles(database),
      m_outbox(outbox), m_partners(partners), m_client(client), m_clock(clock), m_ourParties(std::move(ourParties)),
      m_policy(policy), m_site(std::move(site))
{
    if (m_site && m_site->chargers) {
        // The simulated charge points ask, at every tick, how much each charge may draw.
        m_site->chargers->setPowerLimits([this](const ObjectKey &key, const QDateTime &activeSince) {
            auto session = m_site->sessions.findOwn(key);
            if (!session || !session->has_value())
                return QList<simulation::PowerStep>();
            return stepsOf(key, activeSince, connectorOf(objectOf(**session)));
        });
    }
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        if (!m_leadership || m_leadership->isLeader())
            static_cast<void>(expireOverdue()); // failures are logged by the store
    });
    if (findRole(m_ourParties, Role::EMSP))
        m_sweep.start();
}

ChargingProfileService::~ChargingProfileService()
{
    if (m_site && m_site->chargers)
        m_site->chargers->setPowerLimits({});
}

QString ChargingProfileService::resultSchema(const QString &type)
{
    if (type == QLatin1String("GET"))
        return QStringLiteral("ActiveChargingProfileResult");
    if (type == QLatin1String("SET"))
        return QStringLiteral("ChargingProfileResult");
    return QStringLiteral("ClearProfileResult");
}

// ---- CPO: requests received ----

std::optional<ChargingProfileService::OurSession> ChargingProfileService::findSession(const std::optional<PartyId> &addressed,
                                                                                      const QString &sessionId)
{
    for (const PartyRole &ours : std::as_const(m_ourParties)) {
        if (ours.role != Role::CPO || (addressed && ours.party != *addressed))
            continue;
        const ObjectKey key = ObjectKey::of(ours.party.countryCode, ours.party.partyId, sessionId);
        auto found = m_site->sessions.findOwn(key);
        if (found && found->has_value())
            return OurSession{key, objectOf(**found)};
    }
    return std::nullopt;
}

bool ChargingProfileService::tooOften(const QString &sessionKey)
{
    const QDateTime now = m_clock.now();
    // Sessions end: now and then, forget those not asked about within the window.
    if (m_recentRequests.size() > 1000) {
        m_recentRequests.removeIf([&now](const QHash<QString, QList<QDateTime>>::iterator &entry) {
            return entry.value().isEmpty() || entry.value().last().secsTo(now) >= kWindowSeconds;
        });
    }
    QList<QDateTime> &recent = m_recentRequests[sessionKey];
    recent.removeIf([&now](const QDateTime &at) { return at.secsTo(now) >= kWindowSeconds || at > now; });
    if (recent.size() >= kRequestsPerWindow)
        return true;
    recent.append(now);
    return false;
}

profiles::Connector ChargingProfileService::connectorOf(const QJsonObject &session)
{
    const ObjectKey location = ObjectKey::of(session.value(QStringLiteral("country_code")).toString(),
                                             session.value(QStringLiteral("party_id")).toString(),
                                             session.value(QStringLiteral("location_id")).toString());
    auto found = m_site->locations.findOwn(location);
    if (!found || !found->has_value())
        return {};
    return profiles::connectorOf(objectOf(**found), session.value(QStringLiteral("evse_uid")).toString(),
                                 session.value(QStringLiteral("connector_id")).toString());
}

QList<simulation::PowerStep> ChargingProfileService::stepsOf(const ObjectKey &key, const QDateTime &chargingStart,
                                                             const profiles::Connector &connector)
{
    auto history = m_profiles.history(key);
    if (!history) {
        qCWarning(lcModules).noquote() << "cannot read the charging profiles of session" << key.id << ":" << history.error().message;
        return {};
    }
    return profiles::powerSteps(*history, chargingStart, connector);
}

QJsonObject ChargingProfileService::activeProfile(const OurSession &session, int seconds)
{
    // A profile without start_date_time counts from the start of charging: the session's start
    // once ACTIVE (SES-10), not known before.
    QDateTime chargingStart;
    if (session.session.value(QStringLiteral("status")).toString() == QLatin1String("ACTIVE"))
        chargingStart = parseDateTime(session.session.value(QStringLiteral("start_date_time")).toString()).value_or(QDateTime());
    const profiles::Connector connector = connectorOf(session.session);
    return profiles::activeProfile(stepsOf(session.key, chargingStart, connector), m_clock.now(), seconds, connector);
}

Result<ChargingProfileService::Answer> ChargingProfileService::receive(const Caller &caller, const std::optional<PartyId> &addressed,
                                                    const QString &type, const QString &sessionId, const QJsonObject &request)
{
    if (!m_site)
        return refused(QStringLiteral("NOT_SUPPORTED"), QStringLiteral("this node has no sessions"));
    const auto session = findSession(addressed, sessionId);
    const QString status = session ? session->session.value(QStringLiteral("status")).toString() : QString();
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("PENDING"))
        return refused(QStringLiteral("UNKNOWN_SESSION"), QStringLiteral("no ongoing session '%1' here").arg(sessionId.left(40)));
    const QJsonObject token = session->session.value(QStringLiteral("cdr_token")).toObject();
    const PartyId driverEmsp{token.value(QStringLiteral("country_code")).toString(), token.value(QStringLiteral("party_id")).toString()};
    if (!mayActFor(caller, driverEmsp, Role::EMSP))
        return refused(QStringLiteral("REJECTED"), QStringLiteral("session '%1' is not one of your drivers' (CP-09)").arg(sessionId));
    if (!m_site->chargers)
        return refused(QStringLiteral("NOT_SUPPORTED"), QStringLiteral("the charge points of this node take no charging profiles"));
    if (tooOften(objectKeyText(session->key)))
        return refused(QStringLiteral("TOO_OFTEN"), QStringLiteral("at most %1 request(s) per %2 s on one session")
                                                        .arg(kRequestsPerWindow)
                                                        .arg(kWindowSeconds));

    // The request, the profile, the result queued and the updates pushed: one commit.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    const QDateTime now = m_clock.now();
    CommandRecord record;
    record.uid = QUuid::createUuid().toString(QUuid::Id128);
    record.direction = CommandRecord::Direction::Received;
    record.partnerId = caller.partnerId;
    record.type = type;
    record.request = request;
    record.request.insert(QStringLiteral("session_id"), sessionId);
    record.responseUrl = request.value(QStringLiteral("response_url")).toString();
    record.state = QStringLiteral("RECEIVED");
    record.createdAt = now;
    if (auto stored = m_requests.insert(record); !stored)
        return stored.error();

    QJsonObject result{{QStringLiteral("result"), QStringLiteral("ACCEPTED")}};
    if (type == QLatin1String("GET")) {
        result.insert(QStringLiteral("profile"), activeProfile(*session, request.value(QStringLiteral("duration")).toInt()));
    } else {
        std::optional<QJsonObject> profile;
        if (type == QLatin1String("SET"))
            profile = request.value(QStringLiteral("charging_profile")).toObject();
        if (Status s = m_profiles.record(session->key, caller.partnerId, profile, now); !s)
            return s.error();
    }
    auto checked = validateObject(resultSchema(type), result, m_policy);
    if (!checked)
        return Error::internal(QStringLiteral("our %1 is invalid: %2").arg(resultSchema(type), checked.error().message));
    const QJsonObject answer = asynccalls::response(QStringLiteral("ACCEPTED"), kResultTimeoutSeconds);
    if (Status s = m_requests.recordResponse(record.uid, answer, QStringLiteral("ACCEPTED"), QString(), now, QDateTime()); !s)
        return s.error();
    const auto callerParty = findRole(caller.roles, Role::EMSP);
    if (Status s = asynccalls::deliverResult(m_outbox, m_requests, m_clock, QString::fromLatin1(kIdentifier), record,
                                             session->key.owner, callerParty ? callerParty->party : PartyId{}, *checked);
        !s)
        return s.error();
    if (type != QLatin1String("GET")) {
        if (Status s = pushUpdates(*session); !s)
            return s.error();
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    emit requestChanged(record.uid);
    return Answer{answer};
}

Status ChargingProfileService::pushUpdates(const OurSession &session)
{
    auto setters = m_profiles.setters(session.key);
    if (!setters)
        return setters.error();
    if (setters->isEmpty())
        return Status::success();
    const QByteArray body = QJsonDocument(activeProfile(session, kPushHorizonSeconds)).toJson(QJsonDocument::Compact);
    const QString sessionId = session.session.value(QStringLiteral("id")).toString();
    for (const qint64 partnerId : std::as_const(*setters)) {
        auto partner = m_partners.get(partnerId);
        if (!partner)
            continue;
        // CP-06: the eMSP takes updates on its Sender interface.
        const auto endpoint = partner->endpoint(QString::fromLatin1(kIdentifier), QStringLiteral("SENDER"));
        if (!endpoint) {
            qCInfo(lcModules).noquote() << partner->label() << "has no chargingprofiles Sender endpoint: no update of session"
                                        << sessionId;
            continue;
        }
        Delivery delivery;
        delivery.module = QString::fromLatin1(kIdentifier);
        delivery.orderingKey = objectKeyText(session.key);
        delivery.method = "PUT";
        delivery.url = OcpiClient::joinUrl(endpoint->url, {sessionId});
        delivery.body = body;
        delivery.from = session.key.owner;
        if (const auto theirs = findRole(partner->partyRoles(), Role::EMSP))
            delivery.to = theirs->party;
        delivery.onRefusal = RefusalPolicy::RetryThenPark;
        if (Status s = m_outbox.enqueueTo(partnerId, delivery); !s)
            return s;
    }
    return Status::success();
}

// ---- eMSP: requests sent ----

void ChargingProfileService::send(qint64 partnerId, const QString &type, const QString &sessionId, const QJsonObject &params,
                                  Sent done, const std::optional<PartyId> &to)
{
    if (!types().contains(type)) {
        done(Error::invalid(QStringLiteral("type: '%1' is none of GET, SET, CLEAR").arg(type.left(40))));
        return;
    }
    if (sessionId.isEmpty()) {
        done(Error::invalid(QStringLiteral("session_id: required")));
        return;
    }
    auto target = asynccalls::receiverOf(m_partners, partnerId, QString::fromLatin1(kIdentifier), m_ourParties, to);
    if (!target) {
        done(target.error());
        return;
    }
    CommandRecord record;
    record.uid = QUuid::createUuid().toString(QUuid::Id128);
    record.partnerId = partnerId;
    record.type = type;
    // One response_url per request, as for commands: our Sender endpoint, the type and our id.
    record.responseUrl = OcpiClient::joinUrl(m_publicBase + paths::module(Role::EMSP, QString::fromLatin1(kIdentifier)),
                                             {type, record.uid});
    QByteArray method = "GET";
    QByteArray body;
    QString url = OcpiClient::joinUrl(target->url, {sessionId});
    QStringList query;
    if (type == QLatin1String("SET")) {
        auto checked = validateObject(QStringLiteral("SetChargingProfile"),
                                      QJsonObject{{QStringLiteral("charging_profile"), params.value(QStringLiteral("charging_profile"))},
                                                  {QStringLiteral("response_url"), record.responseUrl}},
                                      m_policy);
        if (!checked) {
            done(checked.error());
            return;
        }
        method = "PUT";
        body = QJsonDocument(*checked).toJson(QJsonDocument::Compact);
        record.request = *checked;
    } else {
        if (type == QLatin1String("GET")) {
            const QJsonValue duration = params.value(QStringLiteral("duration"));
            if (!duration.isDouble() || duration.toDouble() < 0 || duration.toDouble() != duration.toInteger()) {
                done(Error::invalid(QStringLiteral("duration: required, a whole number of seconds")));
                return;
            }
            query.append(QStringLiteral("duration=") + QString::number(duration.toInteger()));
            record.request.insert(QStringLiteral("duration"), duration.toInteger());
        } else {
            method = "DELETE";
        }
        query.append(QStringLiteral("response_url=") + QString::fromLatin1(QUrl::toPercentEncoding(record.responseUrl)));
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
        record.request.insert(QStringLiteral("response_url"), record.responseUrl);
    }
    record.request.insert(QStringLiteral("session_id"), sessionId);
    record.state = QStringLiteral("SENT");
    record.createdAt = m_clock.now();
    // Stored before it goes: a quick CPO's result finds it.
    if (auto stored = m_requests.insert(record); !stored) {
        done(stored.error());
        return;
    }
    m_client.send(asynccalls::requestTo(*target, method, url, body),
                  [this, uid = record.uid, done = std::move(done)](const OcpiReply &reply) {
                      auto answered = asynccalls::recordAnswer(m_requests, m_clock, m_policy, uid, reply,
                                                               QStringLiteral("ChargingProfileResponse"), kTimeoutMarginSeconds);
                      if (answered)
                          emit requestChanged(uid);
                      done(std::move(answered));
                  });
}

Status ChargingProfileService::receiveResult(const Caller &caller, const QString &type, const QString &uid, const QJsonValue &body)
{
    const QString upper = type.toUpper();
    auto recorded = asynccalls::recordResult(m_requests, m_clock, m_policy, caller, upper, uid, body, resultSchema(upper));
    if (!recorded)
        return recorded.error();
    if (*recorded)
        emit requestChanged(uid);
    return Status::success();
}

Status ChargingProfileService::receiveUpdate(const Caller &caller, const QString &sessionId, const QJsonValue &body)
{
    auto checked = validateObject(QStringLiteral("ActiveChargingProfile"), body, m_policy);
    if (!checked)
        return checked.error();
    if (Status s = m_profiles.storeUpdate(caller.partnerId, sessionId, *checked, m_clock.now()); !s)
        return s;
    emit requestChanged(QString());
    return Status::success();
}

Result<int> ChargingProfileService::expireOverdue()
{
    auto expired = m_requests.expireOverdue(m_clock.now());
    if (expired && *expired > 0)
        emit requestChanged(QString());
    return expired;
}

} // namespace ocpi
