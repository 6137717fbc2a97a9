#pragma once

#include "core/clock.h"
#include "outbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ocpi {

class Database;
class OcpiClient;
class PartnerRegistry;

// Delivers the outbox to partners: at most a few calls in flight per partner, per ordering key
// strictly in order, retried with backoff while the partner is down or failing (honouring Retry-After
// on 429/503), and a refusal handled by the delivery's RefusalPolicy: a refused partial update becomes
// the whole object at once; anything else refused is tried kDefaultRefusalTries times, then parked
// with the partner's answer for the operator. Polls the table as well, so deliveries queued by another
// process (an import) go out too.
//
// Several processes may deliver one database's outbox (PostgreSQL): each sends only the rows it
// claimed (Outbox::claim, under its owner id, with a lease), so a row goes out once at a time and,
// per ordering key, in order; the rows of a process that died are claimed by another once their
// lease ran out.
//
// Outcomes are written in batches: an acknowledged row stays in the table, claimed (and its key stays busy
// here, so nothing behind it overtakes it and it is not sent twice), until, a few milliseconds
// later, every outcome gathered meanwhile is written in one transaction. A crash in between sends such a row again after the
// restart (or, with several processes, once the lease ran out): at least once, never lost.
class OutboxDeliverer : public QObject
{
    Q_OBJECT

public:
    OutboxDeliverer(Outbox &outbox, PartnerRegistry &partners, OcpiClient &client, Database &database,
                    const Clock &clock, QObject *parent = nullptr);
    ~OutboxDeliverer() override;

    void start(int pollIntervalMs = 1000);
    // Stops sending; outcomes already known are written first, and the claims of rows still in
    // flight are given up (another process sends them: at least once).
    void stop();
    // Who claims rows (unique per process and database: NodeRuntime's process id); by default a
    // random id. Set before start().
    void setOwner(const QString &owner) { m_owner = owner; }
    const QString &owner() const { return m_owner; }
    // How long a claim holds when its process does not settle it (it died); longer than any call
    // to a partner may take.
    void setLease(qint64 ms) { m_leaseMs = qMax<qint64>(1000, ms); }
    static constexpr qint64 kDefaultLeaseMs = 60000;
    int inFlight() const { return m_sending; }

    static constexpr int kPerPartner = 4;
    static constexpr qint64 kFirstBackoffMs = 1000;
    static constexpr qint64 kMaxBackoffMs = 300000;
    static constexpr int kDefaultMaxAttempts = 10;
    // Outcomes are written at most this long after the first of them, or once this many wait.
    static constexpr int kFlushDelayMs = 10;
    static constexpr int kFlushBatch = 64;
    // The wait before try `attempts` + 1: `firstMs`, doubling, at most `maxMs`.
    static qint64 backoffMs(int attempts, qint64 firstMs = kFirstBackoffMs, qint64 maxMs = kMaxBackoffMs);
    // Shorter waits for tests; production keeps 1 s doubling to 5 minutes.
    void setBackoff(qint64 firstMs, qint64 maxMs);
    // How many tries a RetryThenPark delivery gets before it is parked.
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    // How many times a delivery the partner refuses (OcpiReply::isRefusal) is sent before it is
    // parked: a partner's fix or a restart on its side may make the same message acceptable.
    static constexpr int kDefaultRefusalTries = 3;
    void setRefusalTries(int tries) { m_refusalTries = qMax(1, tries); }
    // The longest a Retry-After on a 429/503 holds a delivery back (or the backoff's maximum, if longer).
    static constexpr qint64 kMaxRetryAfterMs = 600000;

signals:
    // After the row is gone from the table.
    void delivered(qint64 partnerId, const QString &objectKey);
    void failed(qint64 partnerId, const QString &objectKey, const QString &error);
    // A delivery was parked (refused for good, or out of tries).
    void parked(qint64 partnerId, const QString &objectKey, const QString &error);

private:
    struct Pending
    {
        Settlement settlement;
        QString busyKey;
        qint64 partnerId;
        QString objectKey;
    };

    void pump();
    void schedulePump();
    void flush();
    void flushAndPump();
    void deliver(const OutboxEntry &entry);
    void onReply(const OutboxEntry &entry, const QString &busyKey, const class OcpiReply &reply);
    void onFailure(const OutboxEntry &entry, const QString &busyKey, bool refused, const QString &error, qint64 delayMs);
    void record(const OutboxEntry &entry, const QString &busyKey, Settlement settlement);

    Outbox &m_outbox;
    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    const Clock &m_clock;
    QString m_owner;
    qint64 m_leaseMs = kDefaultLeaseMs;
    QTimer m_poll;
    QTimer m_flushTimer;
    bool m_pumpScheduled = false;
    bool m_running = false;
    qint64 m_firstBackoffMs = kFirstBackoffMs;
    qint64 m_maxBackoffMs = kMaxBackoffMs;
    int m_maxAttempts = kDefaultMaxAttempts;
    int m_refusalTries = kDefaultRefusalTries;
    int m_sending = 0;
    QSet<QString> m_busy;                // "partner|module|key": in flight, or its outcome not yet written
    QHash<qint64, int> m_perPartner;     // calls in flight
    QList<Pending> m_pending;            // outcomes to write at the next pump
};

} // namespace ocpi
