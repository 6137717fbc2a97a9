#include "commands.h"
#include "clitext.h"
#include "operatorsession.h"

#include "core/datetime.h"
#include "partners/partnerregistry.h"
#include "runtime/modulelist.h"
#include "sync/objectservice.h"
#include "sync/puller.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ocpi::cli {

// `list commands` (commandcommands.cpp): commands are no owned objects.
int listCommands(CommandContext &context, OperatorSession &session);
// `list processes` (processcommands.cpp): the processes serving the database.
int listProcesses(CommandContext &context, OperatorSession &session);
// `list clientinfo` (hubcommands.cpp): what hubs reported about the parties behind them.
int listClientInfo(CommandContext &context, OperatorSession &session);
// `outbox` (outboxcommand.cpp).
std::unique_ptr<Command> makeOutboxCommand();
// `push PARTNER [MODULE] --all` (pushcommand.cpp).
std::unique_ptr<Command> makePushCommand();

namespace {


// "locations|tariffs|tokens": the owned-object modules of the module list.
QString moduleChoices()
{
    QStringList names;
    for (const ObjectModule &module : objectModules())
        names << module.identifier;
    return names.join(QLatin1Char('|'));
}

// The module named by the first argument, or nullptr after printing why not.
ObjectService *moduleArgument(CommandContext &context, OperatorSession &session, qsizetype index = 0)
{
    const QString name = context.positional.value(index);
    ObjectService *service = session.services().objectService(name);
    if (!service)
        context.fail(CliText::tr("expected one of %1, not '%2'").arg(moduleChoices(), name));
    return service;
}

std::optional<QList<PartyId>> ownerOption(CommandContext &context)
{
    const QString owner = context.parser.value(QStringLiteral("owner"));
    if (owner.isEmpty())
        return QList<PartyId>{};
    const auto party = PartyId::parse(owner);
    if (!party) {
        context.fail(CliText::tr("--owner must look like NL-TNM, not '%1'").arg(owner));
        return std::nullopt;
    }
    return QList<PartyId>{*party};
}

// Every problem of the file at once. With --json they are also on stdout as
// {"errors": [{"index", "id", "field", "message"}]}, for a script that marks them in the file.
void failImport(CommandContext &context, const Error &error, const QList<ObjectService::BatchProblem> &problems)
{
    context.fail(error.message);
    if (!context.json || problems.isEmpty())
        return;
    QJsonArray errors;
    for (const ObjectService::BatchProblem &problem : problems) {
        errors.append(QJsonObject{{QStringLiteral("index"), problem.index},
                                  {QStringLiteral("id"), problem.id},
                                  {QStringLiteral("field"), problem.path},
                                  {QStringLiteral("message"), problem.message}});
    }
    printJson(context.out, QJsonObject{{QStringLiteral("errors"), errors}});
}

class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return CliText::tr("Import our own objects from a JSON array file (all or nothing); they are pushed to partners.");
    }
    QString arguments() const override { return moduleChoices() + QStringLiteral(" FILE.json"); }
    bool printsResults() const override { return true; }
    int run(CommandContext &context) override
    {
        if (context.positional.size() < 2) {
            context.fail(CliText::tr("import needs %1 FILE.json").arg(moduleChoices()));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        ObjectService *service = moduleArgument(context, *session);
        if (!service)
            return UsageError;
        QFile file(context.positional.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            context.fail(CliText::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return Failure;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            context.fail(CliText::tr("%1 is not valid JSON: %2 at offset %3").arg(file.fileName(), parseError.errorString()).arg(parseError.offset));
            return Failure;
        }
        const QJsonArray objects = document.isArray() ? document.array() : QJsonArray{document.object()};
        int unchanged = 0;
        QList<ObjectService::BatchProblem> problems;
        auto created = service->putOwnBatch(objects, &unchanged, &problems);
        if (!created) {
            failImport(context, created.error(), problems);
            return Failure;
        }
        const qsizetype updated = objects.size() - *created - unchanged;
        if (context.json) {
            printJson(context.out, QJsonObject{{QStringLiteral("module"), service->module().identifier},
                                               {QStringLiteral("imported"), objects.size()},
                                               {QStringLiteral("created"), *created},
                                               {QStringLiteral("updated"), updated},
                                               {QStringLiteral("unchanged"), unchanged}});
        } else {
            context.out << CliText::tr("imported %1 %2 (%3 new, %4 updated)")
                               .arg(objects.size())
                               .arg(service->module().identifier)
                               .arg(*created)
                               .arg(updated);
            // Objects exactly as stored are neither stored again nor pushed.
            if (unchanged > 0)
                context.out << CliText::tr("; %1 unchanged, not pushed again").arg(unchanged);
            context.out << Qt::endl;
        }
        return Success;
    }
};

// export and list: stored objects of one module, optionally of one owner.
class StoredObjectsCommand : public Command
{
public:
    QString arguments() const override { return moduleChoices(); }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("owner"), CliText::tr("Only objects of this party."), QStringLiteral("CC-PID")});
    }
    int run(CommandContext &context) override
    {
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        ObjectService *service = moduleArgument(context, *session);
        const auto owners = ownerOption(context);
        if (!service || !owners)
            return UsageError;
        ObjectFilter filter;
        filter.source = source();
        filter.owners = *owners;
        auto objects = service->stored(filter);
        if (!objects) {
            context.fail(objects.error().message);
            return Failure;
        }
        return print(context, *session, *objects);
    }

protected:
    virtual ObjectFilter::Source source() const = 0;
    virtual int print(CommandContext &context, OperatorSession &session, const QList<StoredObject> &objects) = 0;
};

class ExportCommand final : public StoredObjectsCommand
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return CliText::tr("Print our own objects as a JSON array."); }

protected:
    ObjectFilter::Source source() const override { return ObjectFilter::Source::Ours; }
    int print(CommandContext &context, OperatorSession &, const QList<StoredObject> &objects) override
    {
        QJsonArray array;
        for (const StoredObject &object : objects)
            array.append(QJsonDocument::fromJson(object.json).object());
        printJson(context.out, array);
        return Success;
    }
};

class ListCommand final : public StoredObjectsCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override
    {
        return CliText::tr("Show stored objects, ours and partners', the commands sent and received, or the node processes serving "
                  "the database.");
    }
    QString arguments() const override { return moduleChoices() + QStringLiteral("|commands|processes|clientinfo"); }
    bool printsResults() const override { return true; }
    int run(CommandContext &context) override
    {
        const QString what = context.positional.value(0);
        if (what != QLatin1String("commands") && what != QLatin1String("processes") && what != QLatin1String("clientinfo"))
            return StoredObjectsCommand::run(context);
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        if (what == QLatin1String("clientinfo"))
            return listClientInfo(context, *session);
        return what == QLatin1String("commands") ? listCommands(context, *session) : listProcesses(context, *session);
    }

protected:
    ObjectFilter::Source source() const override { return ObjectFilter::Source::Any; }
    int print(CommandContext &context, OperatorSession &session, const QList<StoredObject> &objects) override
    {
        auto partners = session.services().partners().list();
        if (!partners) {
            context.fail(partners.error().message);
            return Failure;
        }
        QHash<qint64, QString> names;
        QSet<qint64> hubs;
        for (const Partner &partner : *partners) {
            names.insert(partner.id, partner.label());
            if (partner.isHub())
                hubs.insert(partner.id);
        }
        if (context.json) {
            QJsonArray array;
            for (const StoredObject &object : objects) {
                array.append(QJsonObject{{QStringLiteral("owner"), object.key.owner.toString()},
                                         {QStringLiteral("id"), object.key.id},
                                         {QStringLiteral("source"), object.partnerId ? QStringLiteral("partner") : QStringLiteral("ours")},
                                         {QStringLiteral("partner"), object.partnerId ? QJsonValue(names.value(object.partnerId)) : QJsonValue()},
                                         // The connection it arrived through; `owner` is who owns it
                                         // (they differ for objects relayed by a hub).
                                         {QStringLiteral("partner_id"), object.partnerId ? QJsonValue(object.partnerId) : QJsonValue()},
                                         {QStringLiteral("via_hub"), hubs.contains(object.partnerId)},
                                         {QStringLiteral("last_updated"), formatDateTime(object.lastUpdated)},
                                         {QStringLiteral("object"), QJsonDocument::fromJson(object.json).object()}});
            }
            printJson(context.out, array);
            return Success;
        }
        QList<QStringList> rows;
        for (const StoredObject &object : objects) {
            rows.append({object.key.owner.toString(), object.key.id + (object.key.subKey.isEmpty() ? QString() : QLatin1Char(' ') + object.key.subKey),
                         object.partnerId ? names.value(object.partnerId) + (hubs.contains(object.partnerId) ? CliText::tr(" (hub)") : QString())
                                          : CliText::tr("ours"),
                         formatDateTime(object.lastUpdated)});
        }
        printTable(context.out, {CliText::tr("OWNER"), CliText::tr("ID"), CliText::tr("SOURCE"), CliText::tr("LAST UPDATED")}, rows);
        return Success;
    }
};

class PullCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override
    {
        return CliText::tr("Fetch a partner's locations, tariffs or tokens (all pages; since the last pull unless --full).");
    }
    QString arguments() const override { return QStringLiteral("PARTNER [") + moduleChoices() + QLatin1Char(']'); }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("full"), CliText::tr("Fetch everything; objects the partner no longer lists are removed.")});
    }
    int run(CommandContext &context) override
    {
        if (context.positional.isEmpty()) {
            context.fail(CliText::tr("pull needs PARTNER [%1]").arg(moduleChoices()));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        const auto partner = session->partnerArgument(context);
        if (!partner)
            return Failure;
        QList<ObjectModule> modules;
        if (context.positional.size() > 1) {
            ObjectService *service = moduleArgument(context, *session, 1);
            if (!service)
                return UsageError;
            modules << service->module();
        } else {
            for (ObjectService *service : session->services().objectServices()) {
                if (partner->endpoint(service->module().identifier, QStringLiteral("SENDER")))
                    modules << service->module();
            }
        }
        const bool full = context.parser.isSet(QStringLiteral("full"));
        int code = Success;
        QJsonArray reports;
        for (const ObjectModule &module : std::as_const(modules)) {
            session->services().puller().pull(partner->id, module, full, [&](Result<PullReport> report) {
                if (!report) {
                    context.fail(report.error().message);
                    code = Failure;
                } else {
                    reports.append(QJsonObject{{QStringLiteral("module"), report->module},
                                               {QStringLiteral("full"), report->full},
                                               {QStringLiteral("pages"), report->pages},
                                               {QStringLiteral("received"), report->received},
                                               {QStringLiteral("stored"), report->stored},
                                               {QStringLiteral("skipped"), report->skipped},
                                               {QStringLiteral("removed"), report->removed},
                                               {QStringLiteral("retries"), report->retries},
                                               {QStringLiteral("parties"), QJsonArray::fromStringList(report->parties)},
                                               {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
                    if (!context.json) {
                        context.out << CliText::tr("%1: %2 stored, %3 skipped, %4 removed (%5 pages)")
                                           .arg(report->module).arg(report->stored).arg(report->skipped)
                                           .arg(report->removed).arg(report->pages)
                                    << Qt::endl;
                        for (const QString &problem : std::as_const(report->problems))
                            context.out << "  " << problem << Qt::endl;
                    }
                }
                session->finished();
            });
            session->wait();
        }
        if (modules.isEmpty()) {
            context.fail(CliText::tr("%1 offers no Sender endpoint this node can pull").arg(partner->label()));
            return Failure;
        }
        if (context.json)
            printJson(context.out, reports);
        return code;
    }
};

} // namespace

void addObjectCommands(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(makeOutboxCommand());
    commands.push_back(std::make_unique<PullCommand>());
    commands.push_back(makePushCommand());
}

} // namespace ocpi::cli
