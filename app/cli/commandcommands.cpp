// `ocpi-node command` and `ocpi-node list commands`: remote commands to a partner CPO (eMSP role)
// and the timeline of every command sent or received.

#include "commands.h"
#include "operatorsession.h"

#include "core/datetime.h"
#include "modules/commands/commandsmodule.h"
#include "modules/tokens/tokenservice.h"
#include "partners/partnerregistry.h"
#include "runtime/nodeservices.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace ocpi::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonValue orNull(const std::optional<QJsonObject> &object)
{
    return object ? QJsonValue(*object) : QJsonValue(QJsonValue::Null);
}

QJsonObject commandJson(const CommandRecord &command)
{
    return {{QStringLiteral("id"), command.uid},
            {QStringLiteral("type"), command.type},
            {QStringLiteral("direction"), directionName(command.direction)},
            {QStringLiteral("command"), command.request},
            {QStringLiteral("response"), orNull(command.response)},
            {QStringLiteral("result"), orNull(command.result)},
            {QStringLiteral("state"), command.state},
            {QStringLiteral("error"), command.error},
            {QStringLiteral("created"), formatDateTime(command.createdAt)},
            {QStringLiteral("responded"), command.respondedAt.isValid() ? formatDateTime(command.respondedAt) : QString()},
            {QStringLiteral("result_at"), command.resultAt.isValid() ? formatDateTime(command.resultAt) : QString()}};
}

QString message(const std::optional<QJsonObject> &object)
{
    if (!object)
        return QString();
    const QJsonArray texts = object->value(QStringLiteral("message")).toArray();
    return texts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(texts.first().toObject().value(QStringLiteral("text")).toString());
}

class CommandCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("command"); }
    QString summary() const override
    {
        return tr("Send a command to a partner CPO and wait for its result (eMSP role).");
    }
    QString arguments() const override
    {
        return QStringLiteral("PARTNER START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR");
    }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("location"), tr("The partner's location id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("evse"), tr("The EVSE uid."), QStringLiteral("UID")});
        parser.addOption({QStringLiteral("connector"), tr("The connector id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("token"), tr("The uid of one of our own tokens."), QStringLiteral("UID")});
        parser.addOption({QStringLiteral("session"), tr("The session id (STOP_SESSION)."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("expiry"), tr("When the reservation ends (RESERVE_NOW)."), QStringLiteral("DATETIME")});
        parser.addOption({QStringLiteral("reservation"), tr("The reservation id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("authorization-reference"), tr("Our reference for the charge (START_SESSION, RESERVE_NOW)."),
                          QStringLiteral("REF")});
        parser.addOption({QStringLiteral("no-wait"), tr("Return after the CPO's response, without waiting for the result.")});
    }

    int run(CommandContext &context) override
    {
        if (context.positional.size() < 2) {
            context.fail(tr("command needs %1").arg(arguments()));
            return UsageError;
        }
        const QString type = context.positional.at(1).toUpper();
        auto body = commandBody(context, type);
        if (!body)
            return UsageError;
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        // The result comes to our response_url: only a serving node can take it.
        if (!session->serving()) {
            context.fail(session->notServingReason());
            return Failure;
        }
        NodeServices &services = session->services();
        if (body->contains(QStringLiteral("token"))) {
            const QString uid = body->value(QStringLiteral("token")).toString();
            const auto token = ourToken(services, uid);
            if (!token) {
                context.fail(tr("--token: no token '%1' of ours (see `ocpi-node list tokens`)").arg(uid));
                return Failure;
            }
            body->insert(QStringLiteral("token"), *token);
        }
        auto partner = services.partners().findByReference(context.positional.first());
        if (!partner) {
            context.fail(partner.error().message);
            return Failure;
        }
        CommandService &commands = services.module<CommandsModule>().service();
        std::optional<Result<CommandRecord>> sent;
        commands.send(partner->id, type, *body, [&](Result<CommandRecord> record) {
            sent = std::move(record);
            session->finished();
        });
        session->wait();
        if (!*sent) {
            context.fail(sent->error().message);
            return Failure;
        }
        CommandRecord command = **sent;
        if (!context.json) {
            context.out << tr("%1 to %2: %3").arg(type, partner->label(), command.response ? command.response->value(QStringLiteral("result")).toString() : command.state)
                        << message(command.response) << (command.error.isEmpty() ? QString() : QStringLiteral(": ") + command.error)
                        << Qt::endl;
        }
        if (command.deadline.isValid() && !command.result && !context.parser.isSet(QStringLiteral("no-wait"))) {
            if (!context.json)
                context.out << tr("waiting for the result (until %1)...").arg(formatDateTime(command.deadline)) << Qt::endl;
            command = waitForResult(commands, command);
        }
        if (context.json) {
            printJson(context.out, QJsonObject{{QStringLiteral("id"), command.uid},
                                               {QStringLiteral("command"), command.request},
                                               {QStringLiteral("response"), orNull(command.response)},
                                               {QStringLiteral("result"), orNull(command.result)},
                                               {QStringLiteral("state"), command.state}});
        } else if (command.result || command.state == QLatin1String("TIMEOUT")) {
            context.out << tr("result: %1").arg(command.state) << message(command.result) << Qt::endl;
        }
        return command.state == QLatin1String("ACCEPTED") ? Success : Failure;
    }

private:
    // The command object from the options, without response_url (the node adds its own).
    static std::optional<QJsonObject> commandBody(CommandContext &context, const QString &type)
    {
        struct Field
        {
            const char *option;
            const char *field;
            bool required;
        };
        QList<Field> fields;
        if (type == QLatin1String("START_SESSION"))
            fields = {{"location", "location_id", true}, {"evse", "evse_uid", false}, {"connector", "connector_id", false},
                      {"token", "token", true}, {"authorization-reference", "authorization_reference", false}};
        else if (type == QLatin1String("STOP_SESSION"))
            fields = {{"session", "session_id", true}};
        else if (type == QLatin1String("RESERVE_NOW"))
            fields = {{"location", "location_id", true}, {"evse", "evse_uid", false}, {"token", "token", true},
                      {"expiry", "expiry_date", true}, {"reservation", "reservation_id", true},
                      {"authorization-reference", "authorization_reference", false}};
        else if (type == QLatin1String("CANCEL_RESERVATION"))
            fields = {{"reservation", "reservation_id", true}};
        else if (type == QLatin1String("UNLOCK_CONNECTOR"))
            fields = {{"location", "location_id", true}, {"evse", "evse_uid", true}, {"connector", "connector_id", true}};
        else {
            context.fail(tr("expected one of START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, not '%1'").arg(type));
            return std::nullopt;
        }
        QJsonObject body;
        QStringList missing;
        for (const Field &field : std::as_const(fields)) {
            const QString value = context.parser.value(QLatin1String(field.option));
            if (!value.isEmpty())
                body.insert(QLatin1String(field.field), value);
            else if (field.required)
                missing << QStringLiteral("--") + QLatin1String(field.option);
        }
        if (!missing.isEmpty()) {
            context.fail(tr("%1 needs %2").arg(type, missing.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return body;
    }

    // The serving node records the result when the CPO posts it; this process reads the database
    // until it is there or the deadline passed (then the command is TIMEOUT, CMD-06).
    static CommandRecord waitForResult(CommandService &commands, CommandRecord command)
    {
        while (true) {
            auto current = commands.store().find(command.uid);
            if (current && current->has_value()) {
                command = **current;
                if (command.result || command.state == QLatin1String("TIMEOUT"))
                    return command;
            }
            if (QDateTime::currentDateTimeUtc() > command.deadline) {
                commands.expireOverdue();
                if (auto expired = commands.store().find(command.uid); expired && expired->has_value())
                    return **expired;
                return command;
            }
            QThread::msleep(200);
        }
    }
};

} // namespace

std::optional<QJsonObject> ourToken(NodeServices &services, const QString &uid)
{
    ObjectService *tokens = services.objectService(QStringLiteral("tokens"));
    if (!tokens)
        return std::nullopt;
    ObjectFilter ours;
    ours.source = ObjectFilter::Source::Ours;
    auto stored = tokens->stored(ours);
    if (!stored)
        return std::nullopt;
    for (const StoredObject &token : *stored) {
        if (token.key.id.compare(uid, Qt::CaseInsensitive) == 0)
            return QJsonDocument::fromJson(token.json).object();
    }
    return std::nullopt;
}

void addCommandCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<CommandCommand>());
}

// `list commands`: called by `list` for the one thing that is no owned object.
int listCommands(CommandContext &context, OperatorSession &session)
{
    auto commands = session.services().module<CommandsModule>().service().store().list(1000);
    if (!commands) {
        context.fail(commands.error().message);
        return Failure;
    }
    auto partners = session.services().partners().list();
    QHash<qint64, QString> names;
    if (partners) {
        for (const Partner &partner : *partners)
            names.insert(partner.id, partner.label());
    }
    if (context.json) {
        QJsonArray array;
        for (const CommandRecord &command : *commands) {
            QJsonObject row = commandJson(command);
            row.insert(QStringLiteral("partner"), names.value(command.partnerId));
            array.append(row);
        }
        printJson(context.out, array);
        return Success;
    }
    QList<QStringList> rows;
    for (const CommandRecord &command : *commands) {
        rows.append({formatDateTime(command.createdAt), directionName(command.direction), names.value(command.partnerId),
                     command.type, command.state, command.uid});
    }
    printTable(context.out, {tr("CREATED"), tr("DIRECTION"), tr("PARTNER"), tr("COMMAND"), tr("STATE"), tr("ID")}, rows);
    return Success;
}

} // namespace ocpi::cli
