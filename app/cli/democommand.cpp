// `ocpi-node demo`: two nodes in this process play the whole OCPI story (app/demo, docs/demo.md)
// and the transcript is printed as it happens; exits 0 when every step succeeded.

#include "commands.h"
#include "clitext.h"

#include "core/logging.h"
#include "demo/demodriver.h"
#include "demo/demonodes.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ocpi::cli {

namespace {


class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return CliText::tr("Start a CPO and an eMSP node on loopback with temporary databases and play the whole OCPI story "
                  "between them; exit 0 when every step succeeded.");
    }
    bool printsResults() const override { return true; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("speed"), CliText::tr("Divide the pause between steps by N (default 1: about a second)."),
                          QStringLiteral("N"), QStringLiteral("1")});
    }

    int run(CommandContext &context) override
    {
        QString problem;
        const auto speed = demo::DemoDriver::parseSpeed(context.parser.value(QStringLiteral("speed")), &problem);
        if (!speed) {
            context.fail(problem);
            return UsageError;
        }
        // The transcript is the output: the nodes log warnings and errors only, unless asked otherwise.
        const QString level = context.parser.value(QStringLiteral("log-level"));
        applyLogLevel(level.isEmpty() ? QStringLiteral("warning") : level);

        demo::LocalDemoNodes nodes;
        if (Status started = nodes.start(); !started) {
            context.fail(started.error().message);
            return Failure;
        }
        demo::DemoDriver driver(nodes, *speed);
        QString failure;
        QObject::connect(&driver, &demo::DemoDriver::stepFinished, [&](const demo::DemoStep &step) {
            if (context.json)
                context.out << QJsonDocument(step.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            else
                context.out << step.toText() << Qt::endl;
            if (!step.ok)
                failure = CliText::tr("step %1 (%2) failed: %3").arg(step.number).arg(step.id, step.detail);
        });
        QObject::connect(&driver, &demo::DemoDriver::finished, qApp, [](bool succeeded) {
            QCoreApplication::exit(succeeded ? Success : Failure);
        });
        if (!context.json)
            context.out << CliText::tr("CPO  %1 (%2)").arg(nodes.node(demo::DemoNodes::Cpo).versionsUrl(), nodes.config(demo::DemoNodes::Cpo).parties.first().toString())
                        << Qt::endl
                        << CliText::tr("eMSP %1 (%2)").arg(nodes.node(demo::DemoNodes::Emsp).versionsUrl(), nodes.config(demo::DemoNodes::Emsp).parties.first().toString())
                        << Qt::endl;
        driver.start();
        const int code = QCoreApplication::exec();
        // Before the driver goes: a request still under way answers into it as its node closes.
        nodes.stop();
        if (code != Success) {
            context.fail(failure.isEmpty() ? CliText::tr("the demo did not finish") : failure);
            return Failure;
        }
        if (!context.json)
            context.out << CliText::tr("All %1 steps succeeded.").arg(driver.stepCount()) << Qt::endl;
        return Success;
    }
};

} // namespace

void addDemoCommand(std::vector<std::unique_ptr<Command>> &commands)
{
    commands.push_back(std::make_unique<DemoCommand>());
}

} // namespace ocpi::cli
