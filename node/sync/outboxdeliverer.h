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

    static qint64 backoffMs(int attempts);

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
    QSet<QString> m_inFlight;            // "partner|module|object"
    QHash<qint64, int> m_perPartner;
};

} // namespace ocpi
