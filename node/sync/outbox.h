#pragma once

#include "core/caller.h"
#include "core/clock.h"
#include "core/result.h"
#include "objectmodule.h"
#include "ocpi/party.h"
#include "store/database.h"
#include "store/objecttable.h"
#include "traffic/trafficrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace ocpi {

class PartnerRegistry;
struct Partner;

// What to do when the partner refuses a delivery (an OCPI 2xxx or an HTTP 4xx: it cannot use this
// message). A refusal is tried a few times, then parked (OutboxDeliverer). Anything that may heal
// by itself (no answer, 5xx, 3xxx, a refused token, 429) is retried under the first two policies
// without a bound.
enum class RefusalPolicy {
    ResendWhole,   // owned objects: a refused PATCH becomes a PUT of the whole current object (TF-11)
    Park,          // e.g. a CDR POST: never turned into anything else; kept for the operator
    RetryThenPark, // e.g. a command result to a response_url: every failure is retried, then parked
};

QString refusalPolicyName(RefusalPolicy policy);
std::optional<RefusalPolicy> refusalPolicyFromName(const QString &name);

// One queued call to one partner. Deliveries with the same (partner, module, orderingKey) go
// strictly one after the other, in the order they were queued.
struct Delivery
{
    QString module;          // whose Receiver endpoint `path` is under, and whose delivery this is
    QString orderingKey;     // object pushes: objectKeyText(key)
    QByteArray method;
    QString path;            // below the partner's Receiver endpoint for `module`: "/NL/TNM/LOC1"
    QString url;             // or an absolute URL (a response_url); then `path` is ignored
    QByteArray body;
    PartyId from;            // routing headers
    PartyId to;
    RefusalPolicy onRefusal = RefusalPolicy::Park;
};

// A change to one of our objects that partners must hear about (push, TF-24).
struct PushChange
{
    ObjectModule module;
    ObjectKey key;
    QByteArray method;   // PUT (new or full object) or PATCH (partial)
    QString path;        // below the partner's Receiver endpoint: "/NL/TNM/LOC1/EVSE1"
    QByteArray body;     // the OCPI JSON sent
    // Only to partners holding this party in the module's receiver role, addressed to it (a CDR
    // goes to its token's eMSP); none: every partner with the Receiver endpoint.
    std::optional<PartyId> to;
    // Set for an object not every receiving partner may hear of (an unpublished location, LOC-13):
    // the parties of `partner` (as a caller) it goes to. A direct partner gets it when any is
    // returned, addressed as usual; a hub once for each party returned, addressed to that party
    // (RT-05), except a party it reports unreachable (HCI-05: skipped and logged, the change stands).
    std::function<Result<QList<PartyId>>(const Caller &partner)> audience;
};

struct OutboxEntry
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString module;
    QString objectKey;   // the ordering key within the module
    QByteArray method;
    QString path;
    QString url;         // absolute target; empty: `path` below the module's Receiver endpoint
    QByteArray body;
    PartyId from;
    PartyId to;
    RefusalPolicy onRefusal = RefusalPolicy::ResendWhole;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
    bool parked = false;
    QDateTime createdAt;
};

// How one delivery attempt ended, recorded later in a batch (Outbox::settle).
struct Settlement
{
    enum class Outcome { Delivered, RetryLater, Park };
    qint64 id = 0;
    Outcome outcome = Outcome::Delivered;
    int attempts = 0;            // RetryLater
    qint64 nextAttemptMs = 0;    // RetryLater
    QString error;               // RetryLater, Park
};

// The whole current state of one of our objects, for the PUT that replaces a refused PATCH.
struct WholeObject
{
    QString path;        // below the Receiver endpoint
    QByteArray body;
};
// Supplied per module by its manager's side (never read from the table behind its back). No value:
// the object no longer exists.
using WholeObjectSource = std::function<Result<std::optional<WholeObject>>(const ObjectKey &)>;

// Told of every delivery of a module the partner accepted, with the response's headers, before its
// row goes (a CDR POST's answer carries the Location of the partner's copy, CDR-02). Runs on the
// deliverer's thread; a failure is logged, the delivery stays delivered.
using DeliveredHook = std::function<Status(const OutboxEntry &entry, const HeaderList &headers)>;

// Pending deliveries of one partner, for operators (`ocpi-node outbox`, the console).
struct PartnerBacklog
{
    qint64 partnerId = 0;
    QString partner;
    int pending = 0;
    int parked = 0;
    QDateTime oldest;
    QString lastError;
};

// The outbox table: deliveries are queued in the same transaction as the change that causes them,
// and delivered later by the OutboxDeliverer. It survives restarts and partner outages: nothing is
// removed before the partner acknowledged it.
//
// Per (partner, module, ordering key) the oldest live (not parked) row carries head = 1; only heads
// may go. A partial index over the heads, ordered by when each became due, lets due() read a few
// rows per partner whatever the queue's length (bench/README.md, "outbox").
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(Database &database, PartnerRegistry &partners, const Clock &clock, QObject *parent = nullptr);

    static Migration migration();
    static Migration generalMigration();
    static Migration claimsMigration();

    // How a module's pushes (PushChange) handle a refusal, and where its whole objects come from.
    // Unregistered modules resend the whole object and, having no source, park instead.
    void setModule(const QString &module, RefusalPolicy onRefusal, WholeObjectSource whole = {});
    // No source, or no such object: an empty optional.
    Result<std::optional<WholeObject>> wholeObject(const QString &module, const ObjectKey &key) const;
    // What the module does with an accepted delivery's answer (empty: nothing; a module that goes
    // away sets an empty one).
    void setDeliveredHook(const QString &module, DeliveredHook hook);
    Status noteDelivered(const OutboxEntry &entry, const HeaderList &headers) const;

    // Call inside the transaction that stores the change: one row per partner that has the
    // module's Receiver endpoint.
    Status enqueue(const PushChange &change);
    // One delivery to one partner (a command result to its response_url, a CDR POST).
    Status enqueueTo(qint64 partnerId, const Delivery &delivery);
    // enqueue() for one partner alone (an initial sync): the same choice of who receives it and
    // how it is addressed. False when that partner does not receive it.
    Result<bool> enqueueFor(qint64 partnerId, const PushChange &change);

    // The next entries to deliver, at most `perPartner` for each partner: heads only, due now, not
    // held by a live claim, the longest due first. Reads only.
    Result<QList<OutboxEntry>> due(int perPartner);
    // What a deliverer sends: the same choice as due(), at most room(partnerId) per partner, claimed
    // in one write transaction for `owner` (a per-process id) until `leaseMs` from now (wall time).
    // Several processes on one database then never send the same row at once, and only heads are
    // ever claimed, so per ordering key the order stays. A claim ends with the row's outcome
    // (settle) or when its lease runs out (its process died): then anyone may claim the row again.
    // Nothing due: no transaction at all.
    Result<QList<OutboxEntry>> claim(const QString &owner, qint64 leaseMs, const std::function<int(qint64 partnerId)> &room);
    // Gives up `owner`'s claims (all of them, or the rows `ids`); an empty owner: everybody's (a
    // process that alone serves its database, at its start).
    Status releaseClaims(const QString &owner, const QList<qint64> &ids = {});
    // Records many outcomes in one transaction (one disk flush instead of one per row). A removed or
    // parked head hands its place to the next row of its ordering key. With an `owner`, a row that
    // another process claimed meanwhile (this one's lease ran out) is left to that process.
    Status settle(const QList<Settlement> &outcomes, const QString &owner = QString());
    // TF-11: the refused entry becomes a PUT of the whole current object (from the module's source),
    // replacing the ordering key's later pending rows; if that is what was refused, or the object is
    // gone, the entry is parked when `mayPark`, else left as it is (Unchanged).
    enum class Replacement { Replaced, Parked, Unchanged };
    Result<Replacement> replaceWithWhole(const OutboxEntry &entry, const QString &error, bool mayPark = true);

    Result<QList<PartnerBacklog>> backlog();
    Result<QList<OutboxEntry>> entries(qint64 partnerId, int limit = 100);

    // Operators (`ocpi-node outbox`): the parked deliveries, oldest first, of one partner or all.
    Result<QList<OutboxEntry>> parkedEntries(std::optional<qint64> partnerId = std::nullopt, int limit = 1000);
    // Queues parked deliveries again (the one with `deliveryId`, or all of `partnerId`): tries
    // counted from zero, due now, in their place in their ordering key (before anything queued
    // after them, unless that is in flight right now). Returns how many.
    Result<int> unpark(std::optional<qint64> partnerId, std::optional<qint64> deliveryId);
    // Removes one parked delivery; false when there is no parked delivery with that id.
    Result<bool> drop(qint64 deliveryId);
    // Every delivery queued or parked for a partner that is being removed; how many went.
    Result<int> forgetPartner(qint64 partnerId);

signals:
    // Something was queued (listeners look at the table, which holds committed rows only).
    void enqueued();

private:
    struct Target
    {
        qint64 partnerId;
        PartyId to;
        QList<PartyId> parties; // every party it holds in the receiver role
        // A hub: the partner as a caller (its hub scope). It takes broadcasts addressed to itself
        // (RT-06) and pushes meant for one party behind it, addressed to that party (RT-05).
        std::optional<Caller> hub;
    };
    struct ModulePolicy
    {
        RefusalPolicy onRefusal = RefusalPolicy::ResendWhole;
        WholeObjectSource whole;
    };
    Result<QList<Target>> targets(const ObjectModule &module);
    Result<bool> queue(const PushChange &change, std::optional<qint64> onlyPartner);
    // The rows of a change with an audience for one target; true when any was queued.
    Result<bool> queueForAudience(const PushChange &change, const Target &target, Delivery delivery,
                                  const QString &createdAt, qint64 nowMs);
    Status insert(qint64 partnerId, const Delivery &delivery, const QString &createdAt, qint64 nowMs);
    Status settleOne(const Settlement &outcome, const QString &owner = QString());
    // Due heads nobody holds, at most room(partner) per partner; `lockClause` locks them.
    Result<QList<OutboxEntry>> heads(const std::function<int(qint64)> &room, const QString &lockClause);
    Status promoteNext(qint64 partnerId, const QString &module, const QString &orderingKey);

    Database &m_database;
    PartnerRegistry &m_partners;
    const Clock &m_clock;
    qint64 m_partnersVersion = 0;
    qint64 m_targetsEpoch = -1;
    QHash<QString, QList<Target>> m_targets;
    QHash<QString, ModulePolicy> m_modules;
    QHash<QString, DeliveredHook> m_deliveredHooks;
};

// Where a delivery goes: its absolute URL, or its path below the partner's Receiver endpoint of its
// module (empty when the partner has none).
QString deliveryUrl(const OutboxEntry &entry, const Partner &partner);

QString objectKeyText(const ObjectKey &key);
std::optional<ObjectKey> objectKeyFromText(const QString &text);

} // namespace ocpi
