#pragma once

#include "commandsmanager.h"
#include "commandstore.h"
#include "core/caller.h"
#include "core/clock.h"
#include "ocpi/party.h"
#include "ocpi/validator.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace ocpi {

class Leadership;
class Outbox;
class OcpiClient;
class PartnerRegistry;

// The five commands (CMD-01) and the object each one's body is.
struct CommandType
{
    QString name;        // START_SESSION
    QString objectName;  // StartSession
};
const QList<CommandType> &commandTypes();
std::optional<CommandType> commandType(const QString &name);

// Commands in both roles (CMD-*).
//   CPO: receive() checks a partner eMSP's command, stores it, asks the CommandsManager, answers
//   with a CommandResponse and delivers the CommandResult to its response_url through the outbox
//   (retried, then parked for the operator).
//   eMSP: send() gives a command our own response_url (one per command), sends it to a partner CPO
//   and records its CommandResponse; receiveResult() takes the CommandResult at that URL, from that
//   partner only; a command whose result does not come within the CPO's timeout plus a margin
//   becomes TIMEOUT (CMD-06). Every command is stored with its timeline (CommandStore).
class CommandService : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kIdentifier = "commands";
    // Added to the CPO's announced timeout before we call a command lost: the result is sent
    // through the CPO's queue and the network after the charger answered.
    static constexpr int kTimeoutMarginSeconds = 10;

    CommandService(Database &database, CommandsManager &manager, Outbox &outbox, PartnerRegistry &partners,
                   OcpiClient &client, const Clock &clock, QList<PartyRole> ourParties, ValidationPolicy policy,
                   std::optional<ChargePointSite> site, QObject *parent = nullptr);

    void setPublicBase(const QString &base) { m_publicBase = base; }
    CommandStore &store() { return m_store; }

    // What the CPO answers: a CommandResponse in an envelope whose status_code is 1000, or 2003
    // for an unknown location (CMD-05).
    struct Answer
    {
        QJsonObject response;
        int statusCode = 1000;
        QString message = QStringLiteral("Success");
    };
    // CPO Receiver: the answer, or an error for a body that is not the command's object (2001).
    Result<Answer> receive(const Caller &caller, const std::optional<PartyId> &addressed, const QString &type,
                                const QJsonValue &body);

    // eMSP: sends `body` (the command object without response_url) to the partner's commands Receiver.
    // `done` gets the stored command once the CPO answered (or did not).
    using Sent = std::function<void(Result<CommandRecord>)>;
    // `to`: the CPO party meant behind a hub partner (asynccalls::receiverOf).
    void send(qint64 partnerId, const QString &type, QJsonObject body, Sent done,
              const std::optional<PartyId> &to = std::nullopt);
    // eMSP Sender (our response_url): the CommandResult for command `uid`.
    Status receiveResult(const Caller &caller, const QString &type, const QString &uid, const QJsonValue &body);

    // Sent commands past their deadline become TIMEOUT (also run every second by the service, in
    // the process that leads when several serve the database).
    Result<int> expireOverdue();
    // Who leads the once-only work; none: this process sweeps.
    void setLeadership(const Leadership *leadership) { m_leadership = leadership; }

signals:
    // A command's state changed (answer, result, timeout): console pages refresh.
    void commandChanged(const QString &uid);

private:
    // Finds which of our CPO parties the command is for and what stands in its way: an answer
    // that refuses it, or nothing (it goes to the manager).
    std::optional<Answer> refusal(const Caller &caller, const std::optional<PartyId> &addressed, const CommandType &type,
                                  const QJsonObject &body, PartyId *ourParty);
    std::optional<Answer> checkPlace(const QList<PartyId> &candidates, const QJsonObject &body, PartyId *ourParty);
    QString newUid() const;
    void deliverResult(const CommandRecord &command, const PartyId &ourParty, const PartyId &caller, const QJsonObject &result);

    Database &m_database;
    CommandStore m_store;
    CommandsManager &m_manager;
    Outbox &m_outbox;
    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    const Clock &m_clock;
    QList<PartyRole> m_ourParties;
    ValidationPolicy m_policy;
    std::optional<ChargePointSite> m_site;
    QString m_publicBase;
    QTimer m_sweep;
    const Leadership *m_leadership = nullptr;
};

} // namespace ocpi
