#include "outboxdeliverer.h"

#include "client/ocpiclient.h"
#include "core/logging.h"
#include "partners/partnerregistry.h"

#include <QUuid>

#include <limits>

namespace ocpi {

namespace {

QString busyKeyOf(const OutboxEntry &entry)
{
    return QString::number(entry.partnerId) + QLatin1Char('|') + entry.module + QLatin1Char('|') + entry.objectKey;
}

} // namespace

OutboxDeliverer::OutboxDeliverer(Outbox &outbox, PartnerRegistry &partners, OcpiClient &client, Database &,
                                 const Clock &clock, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_partners(partners), m_client(client), m_clock(clock),
      m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_poll, &QTimer::timeout, this, &OutboxDeliverer::pump);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &OutboxDeliverer::flushAndPump);
    connect(&m_outbox, &Outbox::enqueued, this, &OutboxDeliverer::schedulePump);
}

OutboxDeliverer::~OutboxDeliverer()
{
    stop();
}

void OutboxDeliverer::start(int pollIntervalMs)
{
    m_running = true;
    m_poll.start(pollIntervalMs);
    schedulePump();
}

void OutboxDeliverer::stop()
{
    const bool wasRunning = std::exchange(m_running, false);
    m_poll.stop();
    flush();
    // Rows still in flight: their answers are no longer awaited here.
    if (wasRunning) {
        if (Status s = m_outbox.releaseClaims(m_owner); !s)
            qCWarning(lcOutbox).noquote() << "cannot give up the outbox claims:" << s.error().message;
    }
}

qint64 OutboxDeliverer::backoffMs(int attempts, qint64 firstMs, qint64 maxMs)
{
    // 1 s, 2 s, 4 s ... up to 5 minutes between tries.
    const int exponent = qBound(0, attempts - 1, 20);
    return qMin<qint64>(firstMs << exponent, maxMs);
}

void OutboxDeliverer::setBackoff(qint64 firstMs, qint64 maxMs)
{
    m_firstBackoffMs = qMax<qint64>(1, firstMs);
    m_maxBackoffMs = qMax(m_firstBackoffMs, maxMs);
}

void OutboxDeliverer::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    // Coalesce bursts (an import queues thousands of rows, many replies arrive at once): one pass
    // after the current event.
    QMetaObject::invokeMethod(this, [this] {
        m_pumpScheduled = false;
        pump();
    }, Qt::QueuedConnection);
}

void OutboxDeliverer::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Pending> batch = std::exchange(m_pending, {});
    QList<Settlement> settlements;
    settlements.reserve(batch.size());
    for (const Pending &p : batch)
        settlements.append(p.settlement);
    const Status written = m_outbox.settle(settlements, m_owner);
    // Written or not, the keys are free again: an unwritten outcome leaves the row as it was, and it
    // is sent again (at least once).
    for (const Pending &p : batch)
        m_busy.remove(p.busyKey);
    if (!written) {
        qCWarning(lcOutbox).noquote() << "cannot record" << batch.size() << "delivery outcomes:" << written.error().message;
        QList<qint64> ids;
        for (const Pending &p : batch)
            ids.append(p.settlement.id);
        // Claimable again at once, rather than when the lease runs out.
        if (Status s = m_outbox.releaseClaims(m_owner, ids); !s)
            qCWarning(lcOutbox).noquote() << "cannot give up the outbox claims:" << s.error().message;
        return;
    }
    for (const Pending &p : batch) {
        if (p.settlement.outcome == Settlement::Outcome::Delivered)
            emit delivered(p.partnerId, p.objectKey);
        else if (p.settlement.outcome == Settlement::Outcome::Park)
            emit parked(p.partnerId, p.objectKey, p.settlement.error);
    }
}

void OutboxDeliverer::pump()
{
    if (m_running) {
        // Busy keys are rows this process still holds claimed, so claim() skips them; a partner's
        // room is what its calls in flight leave.
        auto claimed = m_outbox.claim(m_owner, m_leaseMs,
                                      [this](qint64 partnerId) { return kPerPartner - m_perPartner.value(partnerId); });
        if (!claimed)
            qCWarning(lcOutbox) << "cannot claim outbox rows:" << claimed.error().message;
        QList<qint64> notSent;
        for (const OutboxEntry &entry : claimed ? *claimed : QList<OutboxEntry>()) {
            if (m_busy.contains(busyKeyOf(entry)) || m_perPartner.value(entry.partnerId) >= kPerPartner) {
                notSent.append(entry.id);
                continue;
            }
            deliver(entry);
        }
        if (!notSent.isEmpty()) {
            if (Status s = m_outbox.releaseClaims(m_owner, notSent); !s)
                qCWarning(lcOutbox).noquote() << "cannot give up the outbox claims:" << s.error().message;
        }
    }
    // Written after the next calls are on their way, so the partner works while our disk flushes.
    if (m_pending.size() >= kFlushBatch)
        flushAndPump();
}

void OutboxDeliverer::flushAndPump()
{
    const bool wrote = !m_pending.isEmpty();
    flush();
    // The rows behind what was just written are heads now: another pass picks them up.
    if (wrote && m_running)
        schedulePump();
}

void OutboxDeliverer::record(const OutboxEntry &entry, const QString &busyKey, Settlement settlement)
{
    settlement.id = entry.id;
    m_pending.append({std::move(settlement), busyKey, entry.partnerId, entry.objectKey});
    // Replies arrive one by one; waiting a few milliseconds lets one disk flush write several.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void OutboxDeliverer::deliver(const OutboxEntry &entry)
{
    const QString key = busyKeyOf(entry);
    auto partner = m_partners.get(entry.partnerId);
    const QString url = partner ? deliveryUrl(entry, *partner) : QString();
    if (!partner || partner->state != PartnerState::Registered || partner->outgoingToken.isEmpty() || url.isEmpty()) {
        m_busy.insert(key);
        const QString why = entry.url.isEmpty()
                                ? QStringLiteral("the partner is not registered with a %1 Receiver endpoint").arg(entry.module)
                                : QStringLiteral("the partner is not registered");
        record(entry, key, {0, Settlement::Outcome::Park, 0, 0, why});
        schedulePump();
        return;
    }
    OutgoingRequest request;
    request.method = entry.method;
    request.url = url;
    request.body = entry.body;
    request.token = partner->outgoingToken;
    request.encoding = partner->outgoingEncoding();
    request.retryOtherEncoding = partner->encodingSetting == EncodingSetting::Auto;
    request.from = entry.from;
    request.to = entry.to;
    request.partnerId = partner->id;
    request.partner = partner->label();

    m_busy.insert(key);
    ++m_perPartner[entry.partnerId];
    ++m_sending;
    m_client.send(request, [this, entry, key](const OcpiReply &reply) { onReply(entry, key, reply); });
}

void OutboxDeliverer::onReply(const OutboxEntry &entry, const QString &busyKey, const OcpiReply &reply)
{
    --m_sending;
    if (--m_perPartner[entry.partnerId] <= 0)
        m_perPartner.remove(entry.partnerId);
    // A DELETE answered "not here" (404 in an envelope) finds the partner as the DELETE wants it:
    // it never received the object (registered later, or the PUT was refused).
    const bool alreadyGone = entry.method == "DELETE" && reply.httpStatus == 404 && reply.isEnvelope;
    if (reply.ok() || alreadyGone) {
        // The module hears of the answer first (a CDR's Location); should the row's removal not be
        // written, the delivery goes again and the hook hears it again.
        if (Status s = m_outbox.noteDelivered(entry, reply.headers); !s)
            qCWarning(lcOutbox).noquote() << "cannot record the answer to" << entry.method << entry.module
                                          << entry.objectKey << ":" << s.error().message;
        record(entry, busyKey, {0, Settlement::Outcome::Delivered, 0, 0, QString()});
    } else {
        // A refusal (an HTTP 4xx other than the token's and "try later", or an OCPI 2xxx) says the
        // partner cannot use this message: tried a few times, then parked. Anything else (no answer,
        // 5xx, 3xxx, a refused token, 408/425/429) may heal by itself.
        const qint64 backoff = backoffMs(entry.attempts + 1, m_firstBackoffMs, m_maxBackoffMs);
        onFailure(entry, busyKey, reply.isRefusal(), reply.describe(),
                  reply.retryDelayMs(backoff, qMax(m_maxBackoffMs, kMaxRetryAfterMs), m_clock.now()));
    }
    schedulePump();
}

void OutboxDeliverer::onFailure(const OutboxEntry &entry, const QString &busyKey, bool refused, const QString &error,
                                qint64 delayMs)
{
    emit failed(entry.partnerId, entry.objectKey, error);
    const int attempts = entry.attempts + 1;
    auto retryLater = [&] {
        qCInfo(lcOutbox).noquote() << entry.method << entry.module << entry.objectKey << "to partner" << entry.partnerId
                                   << "failed (" << error << "); retry" << attempts << "in" << delayMs << "ms";
        record(entry, busyKey, {0, Settlement::Outcome::RetryLater, attempts, m_clock.now().toMSecsSinceEpoch() + delayMs, error});
    };
    // A POST creates something (a CDR): turned into a PUT it would mean something else.
    const bool resendWhole = refused && entry.onRefusal == RefusalPolicy::ResendWhole && entry.method != "POST"
                             && entry.url.isEmpty();
    if (resendWhole) {
        // A partial update the partner cannot apply (it may not know the object): send all of it at
        // once (TF-11). A refused whole object is tried again like any refusal, then parked. The key
        // is freed right away; the rewritten row is due again at once.
        auto replaced = m_outbox.replaceWithWhole(entry, error, attempts >= m_refusalTries);
        if (!replaced) {
            // The module's source failed (its back office may be down): ask again later, not at once.
            qCWarning(lcOutbox).noquote() << "cannot replace a refused push by the whole object:" << replaced.error().message;
            retryLater();
            return;
        }
        if (*replaced != Outbox::Replacement::Unchanged) {
            if (*replaced == Outbox::Replacement::Parked)
                emit parked(entry.partnerId, entry.objectKey, error);
            m_busy.remove(busyKey);
            return;
        }
    }
    int tries = std::numeric_limits<int>::max();
    if (refused)
        tries = m_refusalTries;
    if (entry.onRefusal == RefusalPolicy::RetryThenPark)
        tries = qMin(tries, m_maxAttempts);
    if (attempts < tries) {
        retryLater();
        return;
    }
    // Kept for the operator with the partner's answer (`ocpi-node outbox`, then retry or drop).
    qCWarning(lcOutbox).noquote() << "partner" << entry.partnerId << "refused" << entry.method << entry.module
                                  << entry.objectKey << "; parked after" << attempts << "tries:" << error;
    record(entry, busyKey, {0, Settlement::Outcome::Park, 0, 0, error});
}

} // namespace ocpi
