#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/result.h"
#include "ocpi/objectlimits.h"
#include "ocpi/party.h"
#include "openreservations.h"
#include "store/objecttable.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ocpi {

class Database;
class Leadership;
class OcpiClient;
class Outbox;
class PartnerRegistry;
class ReservationsManager;

// Reservations (docs/reservations.md), a custom module. A Reservation is keyed by the eMSP's party
// and an id the eMSP chose: the eMSP names it, the CPO decides it. Both sides keep it in one object
// table ("reservations"); a row's partner_id is the other side (the eMSP that asked, at the CPO; the
// CPO asked, at the eMSP), and only that partner ever reads or changes it.
//
// CPO (Sender interface): a POST is a request, answered at once with the offer or the refusal; a
// PATCH of its status accepts or cancels it; an accepted reservation is carried out by the manager
// at its start (ACTIVE) and ends at its end (EXPIRED). Every status the CPO stores is pushed whole
// (PUT) to the eMSP through the outbox, in the same transaction.
// eMSP (Receiver interface): GET, PUT and PATCH of the reservations it asked one CPO for.
class ReservationService : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kIdentifier = "reservations";

    ReservationService(Database &database, ReservationsManager &manager, Outbox &outbox, PartnerRegistry &partners,
                       OcpiClient &client, const Clock &clock, QList<PartyRole> ourParties,
                       const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // Starts and ends accepted reservations on time: every second while this process leads.
    void startTicking(const Leadership *leadership);
    // Brings every open reservation that is due up to the clock's now; returns how many changed.
    Result<int> tick();
    // While ACTIVE, how often the clock asks the manager whether the token started charging.
    static constexpr qint64 kUseCheckMs = 5000;

    // ---- CPO, Sender interface ----
    // The caller's reservations, newest last (PG-*): only those under parties it holds.
    Result<ObjectPage> page(const Caller &caller, ObjectFilter filter, qint64 offset, int limit);
    // One of the caller's; NotFound for any other.
    Result<QJsonObject> find(const Caller &caller, const ObjectKey &key);
    // POST: a new request (status REQUESTED) under the caller's own party, answered with the offer
    // (OFFERED) or the refusal (REJECTED, with its reason). `addressed`: the CPO party the routing
    // headers named, if any.
    Result<QJsonObject> request(const Caller &caller, const std::optional<PartyId> &addressed, const ObjectKey &key,
                                const QJsonValue &body);
    // PATCH {"status": "ACCEPTED" | "CANCELLED"}: OFFERED -> ACCEPTED; OFFERED, ACCEPTED or ACTIVE
    // -> CANCELLED. Anything else: 2001 naming status.
    Result<QJsonObject> decide(const Caller &caller, const ObjectKey &key, const QJsonValue &body);

    // ---- eMSP, Receiver interface ----
    Result<QJsonObject> received(const Caller &caller, const ObjectKey &key);
    // PUT: true when created.
    Result<bool> receive(const Caller &caller, const ObjectKey &key, const QJsonValue &body);
    Status patchReceived(const Caller &caller, const ObjectKey &key, const QJsonValue &body);

    // ---- eMSP, asking a CPO (operators: `ocpi-node reserve`, the console) ----
    using Answered = std::function<void(Result<QJsonObject>)>;
    // A request for send(): a new id, the location (and EVSE, if one is wanted), our token, the window.
    static QJsonObject newRequest(const QString &locationId, const QString &evseUid, const QJsonObject &token,
                                  const QDateTime &start, const QDateTime &end);
    // POSTs `reservation` (status REQUESTED is set, last_updated stamped) to the partner's Sender
    // endpoint and keeps the CPO's answer.
    void send(qint64 partnerId, QJsonObject reservation, Answered done);
    // PATCHes its status (ACCEPTED or CANCELLED) and keeps the CPO's answer.
    void answer(qint64 partnerId, const ObjectKey &key, const QString &status, Answered done);

    // The reservations stored here, either side (operators, console), the newest first.
    Result<QList<StoredObject>> stored(const ObjectFilter &filter = {}, int limit = -1);

signals:
    void reservationsChanged();

private:
    enum class Side { Cpo, Emsp };
    bool isOurs(const PartyId &party, Role role) const;
    QList<PartyId> ourParties(Role role) const;
    // The caller's reservation at `key` on `side`: NotFound unless the row is the caller's.
    Result<StoredObject> callersRow(const Caller &caller, const ObjectKey &key, Side side);
    // Stores a CPO-side change and queues its push to the eMSP, in one transaction.
    Status storeAndPush(const QJsonObject &reservation, qint64 partnerId);
    // Notes when the clock must next look at a CPO-side reservation in this status (none: closed).
    Status schedule(const ObjectKey &key, const QJsonObject &reservation);
    // What the clock does with one due reservation; true when its status changed.
    Result<bool> moveOn(const ObjectKey &key);
    // Changes the status of a stored CPO-side reservation (and the reason), stamped now.
    Status setStatus(const StoredObject &row, QJsonObject reservation, const QString &status, const QString &reason = {});
    Status keep(const QJsonObject &reservation, qint64 partnerId);
    QJsonObject object(const StoredObject &row) const;
    // The reservations ACCEPTED or ACTIVE on a location (what a new window must not overlap).
    Result<QList<QJsonObject>> held(const QString &locationId);
    // The partner's Sender URL of one reservation, or why there is none.
    Result<QString> senderUrl(qint64 partnerId, const ObjectKey &key);
    void call(qint64 partnerId, const QByteArray &method, const QString &url, const QJsonObject &body, Answered done);

    Database &m_database;
    ReservationsManager &m_manager;
    Outbox &m_outbox;
    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    const Clock &m_clock;
    QList<PartyRole> m_ourParties;
    ValidationPolicy m_policy;
    ObjectTable m_table;
    OpenReservations m_open;
    QTimer m_ticks;
    const Leadership *m_leadership = nullptr;
};

} // namespace ocpi
