#pragma once

#include "core/result.h"
#include "partners/partner.h"
#include "store/database.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QTimer;

namespace ocpi {

class ObjectService;
class Outbox;
class PartnerRegistry;

// Where the initial sync of one module to one partner stands.
struct InitialSyncProgress
{
    qint64 partnerId = 0;
    QString module;
    qint64 queued = 0;     // objects queued for the partner so far
    qint64 total = 0;      // our objects of the module it covers, as of now
    bool finished = false;
};

// Sends a partner our objects that exist already, which it missed because they were made before it
// registered (issue 13, initial sync): a push of each whole object through the outbox, like any
// push, so to the same party and with the same retries and parking (Outbox::enqueueFor). Only the
// modules the partner has a Receiver endpoint for and holds a party in the receiving role of, and
// that are sent again at all (ObjectModule::initialSync); only objects we list on our Sender
// interface (an unpublished location is not sent).
//
// Objects go in creation order (seq), a batch of kBatch per transaction; the point reached is
// stored in that transaction (table initial_sync), so a process that stops in the middle, or
// another process on the database, goes on where the last batch ended. Objects changed meanwhile
// are pushed anyway, and a later push of an object follows the earlier one in the outbox.
// Our objects are read through the module's manager: an integrator's manager must honour
// ObjectFilter::afterSeq for this.
class InitialSync : public QObject
{
    Q_OBJECT

public:
    using Services = std::function<QList<ObjectService *>()>;

    InitialSync(Database &database, PartnerRegistry &partners, Outbox &outbox, Services services,
                QObject *parent = nullptr);
    ~InitialSync() override;

    static Migration migration();
    // Forgets what is kept for a partner that is being removed.
    Status forgetPartner(qint64 partnerId);
    static constexpr int kBatch = 500;
    // Objects per batch (and per transaction): kBatch unless a test wants to see batches.
    void setBatchSize(int size) { m_batch = qMax(1, size); }

    // The modules an initial sync sends `partner`.
    QList<ObjectService *> modulesFor(const Partner &partner) const;
    // Starts the sync of `modules` (empty: every module it receives) to the partner, from the first
    // object, also when one ran before. Error when the partner receives none of them.
    Result<QList<InitialSyncProgress>> start(qint64 partnerId, const QStringList &modules = {});
    // For the registry, inside the transaction that registers the partner: starts its sync when
    // the partner's setting asks for one (Partner::initialSync).
    Status startOnRegistration(qint64 partnerId);
    // Queues the next batch of one module's sync.
    Result<InitialSyncProgress> step(qint64 partnerId, const QString &module);
    // Where the sync of one module to the partner stands (also when another process ran it);
    // nullopt when none was ever started.
    Result<std::optional<InitialSyncProgress>> state(qint64 partnerId, const QString &module);
    // The syncs started and not finished (by any process), of one partner or all.
    Result<QList<InitialSyncProgress>> unfinished(std::optional<qint64> partnerId = std::nullopt);
    // Runs every unfinished sync (of one partner, or all) to its end, telling `progress` after
    // each batch.
    Status runAll(std::optional<qint64> partnerId, const std::function<void(const InitialSyncProgress &)> &progress);

    // A serving node: works through unfinished syncs in the background, a batch per turn of the
    // event loop, and looks every `pollMs` for syncs other processes started.
    void startBackground(int pollMs = 5000);

signals:
    void progressed(const InitialSyncProgress &progress);

private:
    ObjectService *service(const QString &module) const;
    Result<qint64> total(ObjectService &service);
    Status finishRow(qint64 partnerId, const QString &module);
    void kick();
    void backgroundStep();

    Database &m_database;
    PartnerRegistry &m_partners;
    Outbox &m_outbox;
    Services m_services;
    QTimer *m_poll = nullptr;
    bool m_stepping = false;
    int m_batch = kBatch;
};

} // namespace ocpi
