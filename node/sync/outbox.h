#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "objectmodule.h"
#include "ocpi/party.h"
#include "store/database.h"
#include "store/objecttable.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace ocpi {

class PartnerRegistry;

// A change to one of our objects that partners must hear about (push, TF-24).
struct PushChange
{
    ObjectModule module;
    ObjectKey key;
    QByteArray method;   // PUT (new or full object) or PATCH (partial)
    QString path;        // below the partner's Receiver endpoint: "/NL/TNM/LOC1/EVSE1"
    QByteArray body;     // the OCPI JSON sent
};

struct OutboxEntry
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString module;
    QString objectKey;
    QByteArray method;
    QString path;
    QByteArray body;
    PartyId from;
    PartyId to;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError;
    bool parked = false;
    QDateTime createdAt;
};

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

// The outbox table: changes are queued in the same transaction as the change itself, one row per
// partner that has the module's Receiver endpoint, and delivered later by the OutboxDeliverer. It
// survives restarts and partner outages: nothing is removed before the partner acknowledged it.
class Outbox : public QObject
{
    Q_OBJECT

public:
    Outbox(Database &database, PartnerRegistry &partners, const Clock &clock, QObject *parent = nullptr);

    static Migration migration();

    // The owned-object modules whose changes are pushed (each registers when the node opens it).
    void addModule(const ObjectModule &module) { m_modules.insert(module.identifier, module); }
    std::optional<ObjectModule> module(const QString &identifier) const
    {
        const auto found = m_modules.constFind(identifier);
        return found == m_modules.constEnd() ? std::nullopt : std::optional<ObjectModule>(*found);
    }

    // Call inside the transaction that stores the change.
    Status enqueue(const PushChange &change);

    // The next entries to deliver, at most `perPartner` for each partner: per object only the
    // oldest one, due now, not parked.
    Result<QList<OutboxEntry>> due(int perPartner);
    Status delivered(qint64 id);
    Status retryLater(qint64 id, int attempts, qint64 nextAttemptMs, const QString &error);
    Status park(qint64 id, const QString &error);
    // Replaces every pending entry of one object with a single full PUT (TF-11).
    Status collapseToPut(const OutboxEntry &entry, const QString &path, const QByteArray &body);

    Result<QList<PartnerBacklog>> backlog();
    Result<QList<OutboxEntry>> entries(qint64 partnerId, int limit = 100);

signals:
    // Something was queued (emitted after the caller's commit would be too late to know; listeners
    // look at the table, which holds committed rows only).
    void enqueued();

private:
    struct Target
    {
        qint64 partnerId;
        PartyId to;
    };
    Result<QList<Target>> targets(const ObjectModule &module);

    Database &m_database;
    PartnerRegistry &m_partners;
    const Clock &m_clock;
    qint64 m_partnersVersion = 0;
    qint64 m_targetsEpoch = -1;
    QHash<QString, QList<Target>> m_targets;
    QHash<QString, ObjectModule> m_modules;
};

QString objectKeyText(const ObjectKey &key);

} // namespace ocpi
