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

// Delivers the outbox to partners: at most a few calls in flight per partner, per object strictly
// in order, retried with backoff while the partner is down or failing, and a PATCH the partner
// cannot apply replaced by a PUT of the whole current object (TF-11). Polls the table as well, so
// changes queued by another process (an import) go out too.
class OutboxDeliverer : public QObject
{
    Q_OBJECT

public:
    OutboxDeliverer(Outbox &outbox, PartnerRegistry &partners, OcpiClient &client, Database &database,
                    const Clock &clock, QObject *parent = nullptr);

    void start(int pollIntervalMs = 1000);
    void stop();
    int inFlight() const { return int(m_inFlight.size()); }

    static constexpr qint64 kFirstBackoffMs = 1000;
    static constexpr qint64 kMaxBackoffMs = 300000;
    // The wait before try `attempts` + 1: `firstMs`, doubling, at most `maxMs`.
    static qint64 backoffMs(int attempts, qint64 firstMs = kFirstBackoffMs, qint64 maxMs = kMaxBackoffMs);
    // Shorter waits for tests; production keeps 1 s doubling to 5 minutes.
    void setBackoff(qint64 firstMs, qint64 maxMs);

signals:
    void delivered(qint64 partnerId, const QString &objectKey);
    void failed(qint64 partnerId, const QString &objectKey, const QString &error);

private:
    void pump();
    void schedulePump();
    void deliver(const OutboxEntry &entry);
    void onFailure(const OutboxEntry &entry, bool clientError, const QString &error);

    Outbox &m_outbox;
    PartnerRegistry &m_partners;
    OcpiClient &m_client;
    Database &m_database;
    const Clock &m_clock;
    QTimer m_poll;
    bool m_pumpScheduled = false;
    bool m_running = false;
    qint64 m_firstBackoffMs = kFirstBackoffMs;
    qint64 m_maxBackoffMs = kMaxBackoffMs;
    QSet<QString> m_inFlight;            // "partner|module|object"
    QHash<qint64, int> m_perPartner;
};

} // namespace ocpi
