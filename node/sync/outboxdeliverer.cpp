#include "outboxdeliverer.h"

#include "client/ocpiclient.h"
#include "core/logging.h"
#include "partners/partnerregistry.h"
#include "store/objecttable.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi {

namespace {

constexpr int kPerPartner = 4;

QString flightKey(const OutboxEntry &entry)
{
    return QString::number(entry.partnerId) + QLatin1Char('|') + entry.module + QLatin1Char('|') + entry.objectKey;
}

std::optional<ObjectKey> parseObjectKey(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() < 3)
        return std::nullopt;
    return ObjectKey{PartyId{parts[0], parts[1]}, parts[2], parts.size() > 3 ? parts[3] : QString()};
}

} // namespace

OutboxDeliverer::OutboxDeliverer(Outbox &outbox, PartnerRegistry &partners, OcpiClient &client, Database &database,
                                 const Clock &clock, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_partners(partners), m_client(client), m_database(database), m_clock(clock)
{
    connect(&m_poll, &QTimer::timeout, this, &OutboxDeliverer::pump);
    connect(&m_outbox, &Outbox::enqueued, this, &OutboxDeliverer::schedulePump);
}

void OutboxDeliverer::start(int pollIntervalMs)
{
    m_running = true;
    m_poll.start(pollIntervalMs);
    schedulePump();
}

void OutboxDeliverer::stop()
{
    m_running = false;
    m_poll.stop();
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
    if (m_pumpScheduled || !m_running)
        return;
    m_pumpScheduled = true;
    // Coalesce bursts (an import queues thousands of rows): one pass after the current event.
    QMetaObject::invokeMethod(this, [this] {
        m_pumpScheduled = false;
        pump();
    }, Qt::QueuedConnection);
}

void OutboxDeliverer::pump()
{
    if (!m_running)
        return;
    auto due = m_outbox.due(2 * kPerPartner);
    if (!due) {
        qCWarning(lcOutbox) << "cannot read the outbox:" << due.error().message;
        return;
    }
    for (const OutboxEntry &entry : *due) {
        if (m_inFlight.contains(flightKey(entry)) || m_perPartner.value(entry.partnerId) >= kPerPartner)
            continue;
        deliver(entry);
    }
}

void OutboxDeliverer::deliver(const OutboxEntry &entry)
{
    auto partner = m_partners.get(entry.partnerId);
    const std::optional<PartnerEndpoint> endpoint =
        partner ? partner->endpoint(entry.module, QStringLiteral("RECEIVER")) : std::nullopt;
    if (!partner || partner->state != PartnerState::Registered || !endpoint || partner->outgoingToken.isEmpty()) {
        (void)m_outbox.park(entry.id, QStringLiteral("the partner is not registered with a %1 Receiver endpoint").arg(entry.module));
        return;
    }
    OutgoingRequest request;
    request.method = entry.method;
    request.url = OcpiClient::joinUrl(endpoint->url, {}) + entry.path;
    request.body = entry.body;
    request.token = partner->outgoingToken;
    request.encoding = partner->outgoingEncoding();
    request.retryOtherEncoding = partner->encodingSetting == EncodingSetting::Auto;
    request.from = entry.from;
    request.to = entry.to;
    request.partnerId = partner->id;
    request.partner = partner->label();

    const QString key = flightKey(entry);
    m_inFlight.insert(key);
    ++m_perPartner[entry.partnerId];
    m_client.send(request, [this, entry, key](const OcpiReply &reply) {
        m_inFlight.remove(key);
        if (--m_perPartner[entry.partnerId] <= 0)
            m_perPartner.remove(entry.partnerId);
        // A DELETE answered "not here" (404 in an envelope) finds the partner as the DELETE wants it:
        // it never received the object (registered later, or the PUT was refused).
        const bool alreadyGone = entry.method == "DELETE" && reply.httpStatus == 404 && reply.isEnvelope;
        if (reply.ok() || alreadyGone) {
            (void)m_outbox.delivered(entry.id);
            emit delivered(entry.partnerId, entry.objectKey);
        } else {
            // A 2xxx from an authenticated exchange says the partner cannot use this message; anything
            // else (no answer, 5xx, 3xxx, a refused token) may heal by itself.
            const bool refusedToken = reply.httpStatus == 401 || reply.httpStatus == 403;
            const bool clientError = !refusedToken && reply.isEnvelope && reply.ocpiStatus >= 2000 && reply.ocpiStatus < 3000;
            onFailure(entry, clientError, reply.describe());
        }
        schedulePump();
    });
}

void OutboxDeliverer::onFailure(const OutboxEntry &entry, bool clientError, const QString &error)
{
    emit failed(entry.partnerId, entry.objectKey, error);
    if (!clientError) {
        const int attempts = entry.attempts + 1;
        qCInfo(lcOutbox).noquote() << "push of" << entry.module << entry.objectKey << "to partner" << entry.partnerId
                                   << "failed (" << error << "); retry" << attempts;
        (void)m_outbox.retryLater(entry.id, attempts, m_clock.now().toMSecsSinceEpoch() + backoffMs(attempts, m_firstBackoffMs, m_maxBackoffMs), error);
        return;
    }
    const auto module = m_outbox.module(entry.module);
    const auto key = parseObjectKey(entry.objectKey);
    if (!module || !key) {
        (void)m_outbox.park(entry.id, error);
        return;
    }
    ObjectTable table(m_database, module->identifier);
    auto current = table.find(*key);
    if (!current || !current->has_value()) {
        (void)m_outbox.park(entry.id, error + QStringLiteral(" (the object no longer exists here)"));
        return;
    }
    // The path of the whole object, spelled as the object spells its ids.
    const QJsonObject object = QJsonDocument::fromJson((*current)->json).object();
    const QString fullPath = module->objectPath(object.value(QLatin1String("country_code")).toString(),
                                                object.value(QLatin1String("party_id")).toString(),
                                                object.value(module->idField).toString(),
                                                object.value(QLatin1String("type")).toString());
    if (entry.method == "PUT" && entry.path == fullPath) {
        qCWarning(lcOutbox).noquote() << "partner" << entry.partnerId << "refused" << entry.module << entry.objectKey
                                      << ":" << error;
        (void)m_outbox.park(entry.id, error);
        return;
    }
    // A partial update the partner cannot apply (it may not know the object): send all of it.
    OutboxEntry noted = entry;
    noted.lastError = error;
    (void)m_outbox.collapseToPut(noted, fullPath, (*current)->json);
}

} // namespace ocpi
