#include "asyncrequests.h"
#include "clitext.h"

#include "core/datetime.h"
#include "operatorsession.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

namespace ocpi::cli {

QJsonValue orNull(const std::optional<QJsonObject> &object)
{
    return object ? QJsonValue(*object) : QJsonValue(QJsonValue::Null);
}

QString messageOf(const std::optional<QJsonObject> &object)
{
    if (!object)
        return QString();
    const QJsonArray texts = object->value(QStringLiteral("message")).toArray();
    return texts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(texts.first().toObject().value(QStringLiteral("text")).toString());
}

CommandRecord waitForResult(CommandStore &store, CommandRecord request)
{
    while (true) {
        auto current = store.find(request.uid);
        if (current && current->has_value()) {
            request = **current;
            if (request.result || request.state == QLatin1String("TIMEOUT"))
                return request;
        }
        if (QDateTime::currentDateTimeUtc() > request.deadline) {
            static_cast<void>(store.expireOverdue(QDateTime::currentDateTimeUtc())); // failures are logged by the store
            if (auto expired = store.find(request.uid); expired && expired->has_value())
                return **expired;
            return request;
        }
        QThread::msleep(200);
    }
}

int runAsyncRequest(CommandContext &context, const AsyncRequest &request)
{
    auto session = OperatorSession::open(context);
    if (!session)
        return UsageError;
    // The result comes to our response_url: only a serving node can take it.
    if (!session->serving()) {
        context.fail(session->notServingReason());
        return Failure;
    }
    NodeServices &services = session->services();
    // A party behind a hub is reached through the hub, addressed to it (RT-05).
    const auto party = PartyId::parse(context.positional.first());
    auto partner = party ? services.partners().findRouteTo(*party) : services.partners().findByReference(context.positional.first());
    if (!partner) {
        context.fail(partner.error().message);
        return Failure;
    }
    std::optional<PartyId> to;
    if (party && partner->isHub() && !holdsParty(partner->partyRoles(), *party))
        to = party;
    std::optional<Result<CommandRecord>> sent;
    request.send(services, *partner, to, [&](Result<CommandRecord> record) {
        sent = std::move(record);
        session->finished();
    });
    if (!sent)
        session->wait();
    if (!*sent) {
        context.fail(sent->error().message);
        return Failure;
    }
    CommandRecord record = **sent;
    if (!context.json) {
        context.out << request.label(*partner) << QStringLiteral(": ")
                    << (record.response ? record.response->value(QStringLiteral("result")).toString() : record.state)
                    << messageOf(record.response) << (record.error.isEmpty() ? QString() : QStringLiteral(": ") + record.error)
                    << Qt::endl;
    }
    if (record.deadline.isValid() && !record.result && !context.parser.isSet(QStringLiteral("no-wait"))) {
        if (!context.json)
            context.out << CliText::tr("waiting for the result (until %1)...").arg(formatDateTime(record.deadline)) << Qt::endl;
        record = waitForResult(request.store(services), record);
    }
    if (context.json) {
        printJson(context.out, QJsonObject{{QStringLiteral("id"), record.uid},
                                           {request.requestKey, record.request},
                                           {QStringLiteral("response"), orNull(record.response)},
                                           {QStringLiteral("result"), orNull(record.result)},
                                           {QStringLiteral("state"), record.state}});
    } else if (record.result || record.state == QLatin1String("TIMEOUT")) {
        context.out << CliText::tr("result: %1").arg(record.state) << messageOf(record.result) << Qt::endl;
        if (record.result && request.printResult)
            request.printResult(context.out, *record.result);
    }
    return record.state == QLatin1String("ACCEPTED") ? Success : Failure;
}

} // namespace ocpi::cli
