#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "modules/commands/commandstore.h"
#include "ocpi/party.h"
#include "ocpi/validator.h"
#include "profilestore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ocpi {

class Leadership;
class LocationService;
class OcpiClient;
class Outbox;
class PartnerRegistry;
class SessionService;
class SimulatedChargers;

// Charging profiles in both roles (CP-*). A request is GET (the active profile), SET or CLEAR;
// each is kept with its timeline in the charging_profile_requests table (a CommandStore).
//   CPO: receive() answers a partner eMSP's request on one of our sessions with a
//   ChargingProfileResponse and POSTs the result object to its response_url through the outbox.
//   Our simulated charge points (the commands module's) follow the profiles set: the power a
//   charge draws is limited from the moment a profile is set. When a session's profile changes,
//   the ActiveChargingProfile is pushed to each partner that once set one on it (CP-07).
//   eMSP: send() gives a request our own response_url, sends it to a partner CPO and records its
//   answer; receiveResult() takes the result at that URL from that partner only; requests whose
//   result does not come in time become TIMEOUT. receiveUpdate() stores the profiles a CPO pushes.
class ChargingProfileService : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kIdentifier = "chargingprofiles";
    static constexpr const char *kTable = "charging_profile_requests";
    // TOO_OFTEN (CP-04): a session takes at most this many accepted requests within this many
    // seconds; the simulated charge point would otherwise be asked to change faster than a real
    // one reacts. Counted per node process.
    static constexpr int kRequestsPerWindow = 1;
    static constexpr int kWindowSeconds = 5;
    // The timeout we announce; our simulated charge points answer at once.
    static constexpr int kResultTimeoutSeconds = 30;
    // How far ahead a pushed ActiveChargingProfile reaches (CP-07: 5-60 min).
    static constexpr int kPushHorizonSeconds = 30 * 60;
    // Added to the CPO's announced timeout before we call a request lost (as commands do).
    static constexpr int kTimeoutMarginSeconds = 10;

    struct Site
    {
        SessionService &sessions;
        LocationService &locations;
        SimulatedChargers *chargers = nullptr; // none: we cannot apply profiles (NOT_SUPPORTED)
    };

    ChargingProfileService(Database &database, Outbox &outbox, PartnerRegistry &partners, OcpiClient &client,
                           const Clock &clock, QList<PartyRole> ourParties, ValidationPolicy policy,
                           std::optional<Site> site, QObject *parent = nullptr);
    ~ChargingProfileService() override;

    void setPublicBase(const QString &base) { m_publicBase = base; }
    void setLeadership(const Leadership *leadership) { m_leadership = leadership; }
    CommandStore &requests() { return m_requests; }
    ProfileStore &profiles() { return m_profiles; }
    const ValidationPolicy &policy() const { return m_policy; }

    // The three requests and the result object each one gets.
    static QStringList types() { return {QStringLiteral("GET"), QStringLiteral("SET"), QStringLiteral("CLEAR")}; }
    static QString resultSchema(const QString &type);

    // The CPO's answer: a ChargingProfileResponse (which has no message field) and why it refuses,
    // for the envelope's status_message.
    struct Answer
    {
        QJsonObject response;
        QString message = QStringLiteral("Success");
    };
    // CPO Receiver: `request` is {duration, response_url} (GET), a SetChargingProfile (SET) or
    // {response_url} (CLEAR), already checked.
    Result<Answer> receive(const Caller &caller, const std::optional<PartyId> &addressed, const QString &type,
                                const QString &sessionId, const QJsonObject &request);

    // eMSP: `params` is {duration} (GET), {charging_profile} (SET) or empty (CLEAR); `done` gets
    // the stored request once the CPO answered (or did not). `to`: the CPO party behind a hub the
    // request is for (RT-05), as for commands (asynccalls::receiverOf).
    using Sent = std::function<void(Result<CommandRecord>)>;
    void send(qint64 partnerId, const QString &type, const QString &sessionId, const QJsonObject &params, Sent done,
              const std::optional<PartyId> &to = std::nullopt);
    Status receiveResult(const Caller &caller, const QString &type, const QString &uid, const QJsonValue &body);
    Status receiveUpdate(const Caller &caller, const QString &sessionId, const QJsonValue &body);

    Result<int> expireOverdue();

signals:
    // A request's state changed (answer, result, timeout), or a pushed profile arrived (uid empty).
    void requestChanged(const QString &uid);

private:
    struct OurSession
    {
        ObjectKey key;
        QJsonObject session;
    };
    std::optional<OurSession> findSession(const std::optional<PartyId> &addressed, const QString &sessionId);
    bool tooOften(const QString &sessionKey);
    profiles::Connector connectorOf(const QJsonObject &session);
    QList<simulation::PowerStep> stepsOf(const ObjectKey &key, const QDateTime &chargingStart, const profiles::Connector &connector);
    QJsonObject activeProfile(const OurSession &session, int seconds);
    Status pushUpdates(const OurSession &session);

    Database &m_database;
    CommandStore m_requests;
    ProfileStore m_profiles;
    Outbox &m_outbox;
    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    const Clock &m_clock;
    QList<PartyRole> m_ourParties;
    ValidationPolicy m_policy;
    std::optional<Site> m_site;
    QString m_publicBase;
    QHash<QString, QList<QDateTime>> m_recentRequests; // per session key: accepted requests within the window
    QTimer m_sweep;
    const Leadership *m_leadership = nullptr;
};

} // namespace ocpi
