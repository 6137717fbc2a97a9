#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/result.h"
#include "hubparty.h"
#include "partner.h"
#include "partnerstore.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>

namespace ocpi {

// The partner registry service: who our partners are, the tokens they hold, and which caller a
// presented token belongs to. Recognised tokens are cached until the database changes (another
// process, e.g. `ocpi-node unregister`, may revoke a token at any time).
class PartnerRegistry : public QObject, public CallerDirectory
{
    Q_OBJECT

public:
    PartnerRegistry(Database &database, const Clock &clock, int tokenALifetimeDays, QObject *parent = nullptr);

    std::optional<Caller> identify(const QString &token) override;
    void noteEncoding(const Caller &caller, TokenEncoding encoding) override;

    struct Invitation
    {
        qint64 partnerId = 0;
        QString token;
        QDateTime expiresAt;
    };
    // A new partner in state `invited` holding a fresh single-use token A; `initialSync`: it gets
    // our current objects once it registered (Partner::initialSync).
    Result<Invitation> invite(const QString &name, bool initialSync = false);

    Result<QList<Partner>> list();
    Result<Partner> get(qint64 id);
    // By name, by "CC-PID" of one of its parties, or by numeric id.
    Result<Partner> findByReference(const QString &reference);

    Result<qint64> create(const Partner &partner);
    Status save(const Partner &partner);
    Status remove(qint64 partnerId);
    // The operator's "remove": a partner row that is invited, failed or unregistered goes, with its
    // roles, endpoints and tokens (token A too), and whatever the removal hooks clear (its queued
    // deliveries, pull and initial-sync state), in one transaction. A registered partner, or one
    // registering, is refused with the reason: unregister first. Answers the removed partner.
    Result<Partner> removeInactive(qint64 partnerId);
    // Run inside the removal's transaction with the partner's id (set by the composition root).
    void addRemovalHook(std::function<Status(qint64 partnerId)> hook) { m_removalHooks.append(std::move(hook)); }
    void clearRemovalHooks() { m_removalHooks.clear(); }

    // A fresh token the partner will present to us; only its hash is stored.
    Result<QString> issueLiveToken(qint64 partnerId);
    Status revokeToken(const QString &token);
    Status revokeLiveTokens(qint64 partnerId);
    Status revokeLiveTokensExcept(qint64 partnerId, const QString &keep);
    Status revokeInvitation(qint64 partnerId);

    // A token A dies after this many failed handshakes: each one makes us call a URL its holder
    // chose (hardening issue item 5).
    static constexpr int kMaxFailedHandshakes = 3;
    // Counts a failed handshake against token A and revokes it at the limit. Returns the attempts
    // left (0: revoked, or already gone). Use inside inTransaction().
    Result<int> countFailedHandshake(const QString &tokenA);

    // A partner may only claim parties nobody else holds: not ours, not another registered partner's
    // (otherwise two partners could write each other's objects).
    Status checkPartiesAvailable(const QList<PartnerRole> &roles, qint64 partnerId, const QList<PartyRole> &ours);

    // Runs `work` in one write transaction; the cache is dropped and partnersChanged emitted after a
    // successful commit.
    Status inTransaction(const std::function<Status()> &work);

    // Run inside the transaction that registers a partner (completeRegistration), so that what a
    // registration starts (the node's initial sync) commits with it or not at all.
    void setRegistrationHook(std::function<Status(qint64 partnerId)> hook) { m_registrationHook = std::move(hook); }
    // Stores a partner that has just registered, on either side of the handshake, and runs the
    // hook. Use inside inTransaction().
    Status completeRegistration(const Partner &partner);
    // Our own parties: never spoken for by a hub (set by the composition root).
    void setOurParties(const QList<PartyRole> &ours);
    // Where hubs' reports are kept (the hubclientinfo module); null: none known.
    void setHubDirectory(HubDirectory *directory);
    // The caller `partner` is when it calls us (its roles and, for a hub, its hub scope): what
    // identify() answers, also for pulled objects and our pushes to it.
    Result<Caller> callerFor(const Partner &partner);
    // What hubs reported about their parties (hub client info); none: every hub's.
    Result<QList<HubParty>> hubParties(std::optional<qint64> hubPartnerId = std::nullopt);
    // HCI-05: a request to `party` in `role` through hub `partner` is not sent, nor queued, while
    // the hub reports the party in that role OFFLINE or SUSPENDED (no role: in any role); the error
    // says so. Anything else passes.
    Status checkReachable(const Partner &partner, const PartyId &party, std::optional<Role> role = std::nullopt);
    // The partner a request to `party` goes through: the registered partner holding it, else the
    // hub that reported it in its hub client info. Also the hub, when it is addressed directly.
    Result<Partner> findRouteTo(const PartyId &party);

    PartnerStore &store() { return m_store; }
    const Clock &clock() const { return m_clock; }

signals:
    void partnersChanged();

private:
    void dropCache();
    Status fillHubScope(Caller &caller, const Partner &partner);

    Database &m_database;
    PartnerStore m_store;
    const Clock &m_clock;
    int m_tokenALifetimeDays;
    std::function<Status(qint64)> m_registrationHook;
    QList<std::function<Status(qint64)>> m_removalHooks;
    QList<PartyRole> m_ourParties;
    HubDirectory *m_hubs = nullptr;

    QMutex m_mutex;
    QHash<QString, Caller> m_callers;
    qint64 m_cacheVersion = -1;
    QHash<qint64, QDateTime> m_contactWritten;
    QHash<qint64, TokenEncoding> m_encodingWritten;
};

} // namespace ocpi
