#include "initialsync.h"

#include "core/datetime.h"
#include "core/logging.h"
#include "objectservice.h"
#include "outbox.h"
#include "partners/partnerregistry.h"

#include <QJsonDocument>
#include <QTimer>
#include <QVariant>

namespace ocpi {

InitialSync::InitialSync(Database &database, PartnerRegistry &partners, Outbox &outbox, Services services,
                         QObject *parent)
    : QObject(parent), m_database(database), m_partners(partners), m_outbox(outbox), m_services(std::move(services))
{
}

InitialSync::~InitialSync() = default;

Migration InitialSync::migration()
{
    return {QStringLiteral("initial sync progress"),
            {QStringLiteral("CREATE TABLE initial_sync ("
                            " partner_id BIGINT NOT NULL,"
                            " module TEXT NOT NULL,"
                            " after_seq BIGINT NOT NULL DEFAULT 0,"
                            " queued BIGINT NOT NULL DEFAULT 0,"
                            " finished INTEGER NOT NULL DEFAULT 0,"
                            " started_at TEXT NOT NULL,"
                            " PRIMARY KEY (partner_id, module))")}};
}

ObjectService *InitialSync::service(const QString &module) const
{
    for (ObjectService *candidate : m_services()) {
        if (candidate->module().identifier == module)
            return candidate;
    }
    return nullptr;
}

QList<ObjectService *> InitialSync::modulesFor(const Partner &partner) const
{
    QList<ObjectService *> modules;
    for (ObjectService *candidate : m_services()) {
        const ObjectModule &module = candidate->module();
        if (!module.initialSync || !partner.endpoint(module.identifier, QStringLiteral("RECEIVER")))
            continue;
        bool receives = false;
        for (const PartyRole &held : partner.partyRoles())
            receives = receives || held.role == module.receiverRole;
        if (receives)
            modules.append(candidate);
    }
    return modules;
}

Result<qint64> InitialSync::total(ObjectService &service)
{
    ObjectFilter filter;
    filter.source = ObjectFilter::Source::Ours;
    filter.listedOnly = true;
    auto page = service.senderPage(filter, 0, 0);
    if (!page)
        return page.error();
    return page->total;
}

Result<QList<InitialSyncProgress>> InitialSync::start(qint64 partnerId, const QStringList &modules)
{
    auto partner = m_partners.get(partnerId);
    if (!partner)
        return partner.error();
    if (partner->state != PartnerState::Registered)
        return Error{ErrorKind::WrongRegistrationState,
                     QStringLiteral("%1 is %2, not registered").arg(partner->label(), partnerStateName(partner->state))};
    QList<InitialSyncProgress> started;
    QStringList received;
    for (ObjectService *candidate : modulesFor(*partner)) {
        const QString module = candidate->module().identifier;
        received << module;
        if (modules.isEmpty() || modules.contains(module))
            started.append({partnerId, module, 0, 0, false});
    }
    if (started.isEmpty() || started.size() < modules.size()) {
        return Error::invalid(QStringLiteral("%1 receives %2 from us; an initial sync sends %3 only to a registered "
                                             "partner with their Receiver endpoint and a party in the receiving role")
                                  .arg(partner->label(),
                                       received.isEmpty() ? QStringLiteral("nothing an initial sync sends")
                                                          : received.join(QStringLiteral(", ")),
                                       modules.isEmpty() ? QStringLiteral("objects") : modules.join(QStringLiteral(", "))));
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    const QString now = formatDateTime(m_partners.clock().now());
    for (InitialSyncProgress &progress : started) {
        Statement q(m_database, QStringLiteral(
            "INSERT INTO initial_sync (partner_id, module, after_seq, queued, finished, started_at) VALUES (?,?,0,0,0,?)"
            " ON CONFLICT (partner_id, module) DO UPDATE SET after_seq = 0, queued = 0, finished = 0,"
            " started_at = excluded.started_at"));
        q.bind(partnerId).bind(progress.module).bind(now);
        if (Status s = q.exec("starting an initial sync"); !s)
            return s.error();
        auto count = total(*service(progress.module));
        if (!count)
            return count.error();
        progress.total = *count;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    qCInfo(lcOutbox).noquote() << "initial sync of" << received.join(QLatin1Char(',')) << "to"
                               << partner->label() << "started";
    if (m_poll)
        QMetaObject::invokeMethod(this, &InitialSync::kick, Qt::QueuedConnection);
    return started;
}

Status InitialSync::startOnRegistration(qint64 partnerId)
{
    auto partner = m_partners.get(partnerId);
    if (!partner)
        return partner.error();
    if (!partner->initialSync || modulesFor(*partner).isEmpty())
        return Status::success();
    auto started = start(partnerId);
    return started ? Status::success() : Status(started.error());
}

Status InitialSync::finishRow(qint64 partnerId, const QString &module)
{
    Statement q(m_database, QStringLiteral("UPDATE initial_sync SET finished = 1 WHERE partner_id = ? AND module = ?"));
    q.bind(partnerId).bind(module);
    return q.exec("ending an initial sync");
}

Result<InitialSyncProgress> InitialSync::step(qint64 partnerId, const QString &module)
{
    InitialSyncProgress progress{partnerId, module, 0, 0, true};
    // The batch and the point it reached commit together: a restart repeats no batch and skips none.
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return Error::internal(QStringLiteral("cannot start a transaction"));
    qint64 after = 0;
    {
        Statement row(m_database, QStringLiteral(
            "SELECT after_seq, queued, finished FROM initial_sync WHERE partner_id = ? AND module = ?"));
        row.bind(partnerId).bind(module);
        if (Status s = row.exec("reading an initial sync"); !s)
            return s.error();
        if (!row.next() || row.value(2).toInt() != 0)
            return progress; // finished, maybe by another process
        after = row.value(0).toLongLong();
        progress.queued = row.value(1).toLongLong();
    }
    ObjectService *objects = service(module);
    auto partner = m_partners.get(partnerId);
    const bool removed = !partner && partner.error().kind == ErrorKind::NotFound;
    if (!partner && !removed)
        return partner.error();
    if (!objects || removed || partner->state != PartnerState::Registered) {
        // The module is gone from this node, or the partner left: nothing more to send.
        if (Status s = finishRow(partnerId, module); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        return progress;
    }
    ObjectFilter filter;
    filter.source = ObjectFilter::Source::Ours;
    filter.listedOnly = true;
    filter.afterSeq = after;
    auto batch = objects->stored(filter, m_batch);
    if (!batch)
        return batch.error();
    qint64 reached = after;
    for (const StoredObject &object : std::as_const(*batch)) {
        if (object.seq <= reached)
            continue; // a manager that does not honour afterSeq: never twice, never backwards
        auto queued = m_outbox.enqueueFor(partnerId, objects->pushOfWhole(QJsonDocument::fromJson(object.json).object()));
        if (!queued)
            return queued.error();
        if (*queued)
            ++progress.queued;
        reached = object.seq;
    }
    progress.finished = batch->size() < m_batch || reached == after;
    Statement update(m_database, QStringLiteral(
        "UPDATE initial_sync SET after_seq = ?, queued = ?, finished = ? WHERE partner_id = ? AND module = ?"));
    update.bind(reached).bind(progress.queued).bind(progress.finished ? 1 : 0).bind(partnerId).bind(module);
    if (Status s = update.exec("recording an initial sync"); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    auto count = total(*objects);
    if (!count)
        return count.error();
    progress.total = qMax(*count, progress.queued);
    if (progress.finished)
        qCInfo(lcOutbox).noquote() << "initial sync of" << module << "to" << partner->label() << "done:"
                                   << progress.queued << "queued";
    return progress;
}

Result<std::optional<InitialSyncProgress>> InitialSync::state(qint64 partnerId, const QString &module)
{
    Statement q(m_database, QStringLiteral("SELECT queued, finished FROM initial_sync WHERE partner_id = ? AND module = ?"));
    q.bind(partnerId).bind(module);
    if (Status s = q.exec("reading an initial sync"); !s)
        return s.error();
    if (!q.next())
        return std::optional<InitialSyncProgress>();
    InitialSyncProgress progress{partnerId, module, q.value(0).toLongLong(), 0, q.value(1).toInt() != 0};
    if (ObjectService *objects = service(module)) {
        auto count = total(*objects);
        if (!count)
            return count.error();
        progress.total = qMax(*count, progress.queued);
    }
    return std::optional<InitialSyncProgress>(progress);
}

Result<QList<InitialSyncProgress>> InitialSync::unfinished(std::optional<qint64> partnerId)
{
    Statement q(m_database, QStringLiteral("SELECT partner_id, module, queued FROM initial_sync WHERE finished = 0"
                                           " AND (? = 0 OR partner_id = ?) ORDER BY partner_id, started_at, module"));
    q.bind(partnerId ? 1 : 0).bind(partnerId.value_or(0));
    if (Status s = q.exec("reading the initial syncs"); !s)
        return s.error();
    QList<InitialSyncProgress> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), 0, false});
    return list;
}

Status InitialSync::runAll(std::optional<qint64> partnerId,
                           const std::function<void(const InitialSyncProgress &)> &progress)
{
    for (;;) {
        auto pending = unfinished(partnerId);
        if (!pending)
            return pending.error();
        if (pending->isEmpty())
            return Status::success();
        const InitialSyncProgress &next = pending->first();
        auto reached = step(next.partnerId, next.module);
        if (!reached)
            return reached.error();
        if (progress)
            progress(*reached);
        emit progressed(*reached);
    }
}

void InitialSync::startBackground(int pollMs)
{
    if (!m_poll) {
        m_poll = new QTimer(this);
        connect(m_poll, &QTimer::timeout, this, &InitialSync::kick);
    }
    m_poll->start(pollMs);
    kick(); // what a restart cut short goes on at once
}

void InitialSync::kick()
{
    if (m_stepping)
        return;
    m_stepping = true;
    QTimer::singleShot(0, this, &InitialSync::backgroundStep);
}

void InitialSync::backgroundStep()
{
    // One batch per turn of the event loop: the node keeps answering partners meanwhile.
    auto pending = unfinished();
    if (!pending || pending->isEmpty()) {
        if (!pending)
            qCWarning(lcOutbox).noquote() << "initial sync:" << pending.error().message;
        m_stepping = false;
        return;
    }
    const InitialSyncProgress next = pending->first();
    auto reached = step(next.partnerId, next.module);
    if (!reached) {
        qCWarning(lcOutbox).noquote() << "initial sync of" << next.module << "to partner" << next.partnerId
                                      << "stopped for now:" << reached.error().message;
        m_stepping = false; // tried again at the next poll
        return;
    }
    emit progressed(*reached);
    QTimer::singleShot(0, this, &InitialSync::backgroundStep);
}

Status InitialSync::forgetPartner(qint64 partnerId)
{
    Statement q(m_database, QStringLiteral("DELETE FROM initial_sync WHERE partner_id = ?"));
    q.bind(partnerId);
    return q.exec("removing a partner's initial sync state");
}

} // namespace ocpi
