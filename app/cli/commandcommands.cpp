// `ocpi-node command` and `ocpi-node list commands`: remote commands to a partner CPO (eMSP role)
// and the timeline of every command sent or received.

#include "asyncrequests.h"
#include "clitext.h"
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

namespace ocpi::cli {

namespace {


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

class CommandCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("command"); }
    QString summary() const override
    {
        return CliText::tr("Send a command to a partner CPO and wait for its result (eMSP role).");
    }
    QString arguments() const override
    {
        return QStringLiteral("PARTNER START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR");
    }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("location"), CliText::tr("The partner's location id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("evse"), CliText::tr("The EVSE uid."), QStringLiteral("UID")});
        parser.addOption({QStringLiteral("connector"), CliText::tr("The connector id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("token"), CliText::tr("The uid of one of our own tokens."), QStringLiteral("UID")});
        parser.addOption({QStringLiteral("session"), CliText::tr("The session id (STOP_SESSION)."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("expiry"), CliText::tr("When the reservation ends (RESERVE_NOW)."), QStringLiteral("DATETIME")});
        parser.addOption({QStringLiteral("reservation"), CliText::tr("The reservation id."), QStringLiteral("ID")});
        parser.addOption({QStringLiteral("authorization-reference"), CliText::tr("Our reference for the charge (START_SESSION, RESERVE_NOW)."),
                          QStringLiteral("REF")});
        parser.addOption({QStringLiteral("no-wait"), CliText::tr("Return after the CPO's response, without waiting for the result.")});
    }

    int run(CommandContext &context) override
    {
        if (context.positional.size() < 2) {
            context.fail(CliText::tr("command needs %1").arg(arguments()));
            return UsageError;
        }
        const QString type = context.positional.at(1).toUpper();
        auto body = commandBody(context, type);
        if (!body)
            return UsageError;
        AsyncRequest request;
        request.send = [type, body = *body](NodeServices &services, const Partner &partner, const std::optional<PartyId> &to,
                                           AsyncRequest::Done done) mutable {
            if (body.contains(QStringLiteral("token"))) {
                const QString uid = body.value(QStringLiteral("token")).toString();
                const auto token = ourToken(services, uid);
                if (!token) {
                    done(Error::invalid(CliText::tr("--token: no token '%1' of ours (see `ocpi-node list tokens`)").arg(uid)));
                    return;
                }
                body.insert(QStringLiteral("token"), *token);
            }
            services.module<CommandsModule>().service().send(partner.id, type, body, std::move(done), to);
        };
        request.store = [](NodeServices &services) -> CommandStore & { return services.module<CommandsModule>().service().store(); };
        request.label = [type](const Partner &partner) { return CliText::tr("%1 to %2").arg(type, partner.label()); };
        request.requestKey = QStringLiteral("command");
        return runAsyncRequest(context, request);
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
            context.fail(CliText::tr("expected one of START_SESSION|STOP_SESSION|RESERVE_NOW|CANCEL_RESERVATION|UNLOCK_CONNECTOR, not '%1'").arg(type));
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
            context.fail(CliText::tr("%1 needs %2").arg(type, missing.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return body;
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
    printTable(context.out, {CliText::tr("CREATED"), CliText::tr("DIRECTION"), CliText::tr("PARTNER"), CliText::tr("COMMAND"), CliText::tr("STATE"), CliText::tr("ID")}, rows);
    return Success;
}

} // namespace ocpi::cli
