#include "demostory.h"

#include "demodata.h"

#include "modules/cdrs/cdrservice.h"
#include "modules/commands/commandsmanager.h"
#include "modules/commands/commandsmodule.h"
#include "modules/reservations/reservationsmodule.h"
#include "modules/sessions/sessionservice.h"
#include "runtime/nodeservices.h"

#include <QJsonDocument>

namespace ocpi::demo {

DemoStory::DemoStory(DemoNodes &nodes) : m_nodes(nodes), m_startedAt(nodes.clock().now())
{
    addHandshakeAndPushes();
    addCharging();
    addReservation();
}

DemoStory::~DemoStory() = default;

void DemoStory::deliver(std::function<void()> update)
{
    QMetaObject::invokeMethod(this, std::move(update), Qt::QueuedConnection);
}

QJsonArray DemoStory::fromPartner(Side side, const std::function<ObjectService &(NodeServices &)> &service)
{
    ObjectFilter theirs;
    theirs.source = ObjectFilter::Source::Partner;
    theirs.partnerId = m_partner[side];
    auto stored = on(side, [&](NodeServices &services) { return service(services).stored(theirs); });
    QJsonArray objects;
    if (stored) {
        for (const StoredObject &object : *stored)
            objects.append(QJsonDocument::fromJson(object.json).object());
    }
    return objects;
}

QJsonObject DemoStory::emspSession(const QString &field, const QString &value)
{
    const QJsonArray sessions =
        fromPartner(DemoNodes::Emsp, [](NodeServices &services) -> ObjectService & { return services.service<SessionService>(); });
    for (const QJsonValue &session : sessions) {
        if (session.toObject().value(field).toString() == value)
            return session.toObject();
    }
    return {};
}

QJsonObject DemoStory::emspCdr(const QString &sessionId)
{
    const QJsonArray cdrs = fromPartner(DemoNodes::Emsp, [](NodeServices &services) -> ObjectService & { return services.service<CdrService>(); });
    for (const QJsonValue &cdr : cdrs) {
        if (cdr.toObject().value(QStringLiteral("session_id")).toString() == sessionId)
            return cdr.toObject();
    }
    return {};
}

QJsonObject DemoStory::emspReservation()
{
    auto stored = on(DemoNodes::Emsp, [](NodeServices &services) {
        return services.module<ReservationsModule>().service().stored();
    });
    if (stored) {
        for (const StoredObject &row : *stored) {
            // Keys are stored upper-case (CiString); the object keeps the id as the eMSP wrote it.
            if (row.key.id.compare(m_reservationId, Qt::CaseInsensitive) == 0)
                return QJsonDocument::fromJson(row.json).object();
        }
    }
    return {};
}

Status DemoStory::tickChargers()
{
    return on(DemoNodes::Cpo, [](NodeServices &services) -> Status {
        auto *simulated = dynamic_cast<SimulatedCommandsManager *>(&services.module<CommandsModule>().manager());
        if (!simulated)
            return Error::internal(QStringLiteral("the CPO's commands manager is not the simulated charge points"));
        auto ticked = simulated->chargers().tick();
        return ticked ? Status::success() : Status(ticked.error());
    });
}

Status DemoStory::tickReservations()
{
    return on(DemoNodes::Cpo, [](NodeServices &services) -> Status {
        auto ticked = services.module<ReservationsModule>().service().tick();
        return ticked ? Status::success() : Status(ticked.error());
    });
}

Status DemoStory::skipAndTick(qint64 seconds)
{
    m_nodes.clock().skipSeconds(seconds);
    return tickChargers();
}

Status DemoStory::sendCommand(const QString &key, const QString &type, const QJsonObject &body)
{
    m_sent.remove(key);
    on(DemoNodes::Emsp, [&](NodeServices &services) {
        services.module<CommandsModule>().service().send(m_partner[DemoNodes::Emsp], type, body, [this, key](Result<CommandRecord> sent) {
            deliver([this, key, sent] { m_sent.insert(key, sent); });
        });
        return true;
    });
    return Status::success();
}

StoryCheck DemoStory::requestResult(const QString &key, const std::function<CommandStore &(NodeServices &)> &store)
{
    const auto sent = m_sent.value(key);
    if (!sent)
        return StoryCheck::waiting(QStringLiteral("the CPO's answer to the request"));
    if (!*sent)
        return StoryCheck::failed(QStringLiteral("sending failed: %1").arg(sent->error().message));
    const QString answer = (*sent)->response ? (*sent)->response->value(QStringLiteral("result")).toString() : QString();
    if (answer != QLatin1String("ACCEPTED"))
        return StoryCheck::failed(QStringLiteral("the CPO answered %1 (%2)").arg(answer.isEmpty() ? (*sent)->state : answer, (*sent)->error));
    auto stored = on(DemoNodes::Emsp, [&](NodeServices &services) { return store(services).find((*sent)->uid); });
    if (!stored || !stored->has_value())
        return StoryCheck::failed(QStringLiteral("the request %1 is not stored at the eMSP").arg((*sent)->uid));
    const CommandRecord &record = **stored;
    if (!record.result)
        return StoryCheck::waiting(QStringLiteral("the result at the eMSP's response_url (state %1)").arg(record.state));
    const QString result = record.result->value(QStringLiteral("result")).toString();
    if (result != QLatin1String("ACCEPTED"))
        return StoryCheck::failed(QStringLiteral("the result was %1").arg(result));
    return StoryCheck::done(result, {{QStringLiteral("request_id"), record.uid}, {QStringLiteral("result"), result}});
}

StoryCheck DemoStory::commandResult(const QString &key)
{
    return requestResult(key, [](NodeServices &services) -> CommandStore & { return services.module<CommandsModule>().service().store(); });
}

QJsonObject DemoStory::token(int index) const
{
    return data::tokens(m_startedAt).at(index).toObject();
}

} // namespace ocpi::demo
