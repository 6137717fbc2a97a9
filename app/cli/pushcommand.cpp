#include "commands.h"
#include "clitext.h"
#include "operatorsession.h"

#include "partners/partnerregistry.h"
#include "sync/initialsync.h"
#include "sync/objectservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QHash>

namespace ocpi::cli {

namespace {


// `ocpi-node push PARTNER [MODULE] --all`: the initial sync by hand (InitialSync). Our changes are
// pushed as they happen; this is for a partner that missed them because it registered later (or
// lost them). The objects are queued in the outbox in batches, each batch's progress printed as it
// commits; a serving node delivers them. Interrupted, it goes on where it stopped: the serving node
// continues it, and running the command again continues it too rather than starting over.
class PushCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("push"); }
    QString summary() const override
    {
        return CliText::tr("Queue all our current locations, tariffs or tokens for a partner (--all), e.g. one that registered "
                  "after they were made.");
    }
    QString arguments() const override { return QStringLiteral("PARTNER [MODULE]"); }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("all"), CliText::tr("Every current object of the module(s) the partner receives.")});
    }
    int run(CommandContext &context) override
    {
        if (context.positional.isEmpty() || !context.parser.isSet(QStringLiteral("all"))) {
            context.fail(CliText::tr("push needs PARTNER [MODULE] --all (our changes are pushed as they happen; --all queues "
                            "every current object again)"));
            return UsageError;
        }
        auto session = OperatorSession::open(context);
        if (!session)
            return UsageError;
        const auto partner = session->partnerArgument(context);
        if (!partner)
            return Failure;
        InitialSync &sync = session->services().initialSync();
        QStringList modules;
        if (context.positional.size() > 1)
            modules << context.positional.at(1);
        // A sync of the same modules cut short goes on; anything else starts from the first object.
        auto pending = sync.unfinished(partner->id);
        if (!pending) {
            context.fail(pending.error().message);
            return Failure;
        }
        QStringList resumed;
        for (const InitialSyncProgress &progress : std::as_const(*pending))
            resumed << progress.module;
        const bool resume = !resumed.isEmpty() && (modules.isEmpty() || resumed.contains(modules.first()));
        QStringList covered = resumed;
        if (!resume) {
            auto started = sync.start(partner->id, modules);
            if (!started) {
                context.fail(started.error().message);
                return Failure;
            }
            covered.clear();
            for (const InitialSyncProgress &progress : std::as_const(*started))
                covered << progress.module;
        } else if (!context.json) {
            context.out << CliText::tr("going on with the push of %1 to %2 that was cut short")
                               .arg(resumed.join(QStringLiteral(", ")), partner->label())
                        << Qt::endl;
        }
        QHash<QString, bool> shownDone; // per module: whether its last line said "done"
        const auto print = [&](const InitialSyncProgress &progress) {
            shownDone.insert(progress.module, progress.finished);
            if (!context.json) {
                context.out << CliText::tr("%1: %2 of %3 queued for %4%5")
                                   .arg(progress.module)
                                   .arg(progress.queued)
                                   .arg(progress.total)
                                   .arg(partner->label(), progress.finished ? CliText::tr(", done") : QString())
                            << Qt::endl;
            }
        };
        const Status done = sync.runAll(partner->id, print);
        if (!done) {
            context.fail(CliText::tr("%1; run the command again to go on from there").arg(done.error().message));
            return Failure;
        }
        // Where each module ended, also one a serving node's background work finished meanwhile.
        QList<InitialSyncProgress> outcome;
        for (const QString &module : std::as_const(covered)) {
            auto state = sync.state(partner->id, module);
            if (!state) {
                context.fail(state.error().message);
                return Failure;
            }
            if (!state->has_value())
                continue;
            outcome.append(**state);
            if (!shownDone.value(module))
                print(**state);
        }
        if (context.json) {
            QJsonArray list;
            for (const InitialSyncProgress &progress : std::as_const(outcome)) {
                list.append(QJsonObject{{QStringLiteral("partner"), partner->label()},
                                        {QStringLiteral("module"), progress.module},
                                        {QStringLiteral("queued"), progress.queued},
                                        {QStringLiteral("total"), progress.total}});
            }
            printJson(context.out, list);
        }
        if (!session->serving()) {
            context.err << "ocpi-node: "
                        << CliText::tr("note: %1; the pushes wait in the outbox until it serves").arg(session->notServingReason())
                        << Qt::endl;
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makePushCommand()
{
    return std::make_unique<PushCommand>();
}

} // namespace ocpi::cli
