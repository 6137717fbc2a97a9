#include "commands.h"
#include "clitext.h"
#include "store/databaselocation.h"
#include "operatorsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ocpi::cli {

namespace {


bool sameIdentity(const NodeIdentity &a, const NodeIdentity &b)
{
    return a.partiesText() == b.partiesText() && a.businessName == b.businessName && a.publicBase == b.publicBase
           && a.port == b.port && a.listenAddress == b.listenAddress;
}

// `ocpi-node init`: the one operator command that creates a node database (besides `serve`), so
// a script can import objects before the node first serves while a mistyped --db elsewhere fails.
class InitCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override
    {
        return CliText::tr("Create the node database (--db) and record the node's parties and address, before it first serves.");
    }
    bool printsResults() const override { return true; }
    int run(CommandContext &context) override
    {
        bool created = false;
        auto session = OperatorSession::create(context, &created);
        if (!session)
            return UsageError;
        const NodeConfig &config = session->config();
        const NodeIdentity configured = NodeIdentity::fromConfig(config, config.port, false);
        // A serving node's record is the truth (and the options agree with it, or opening refused);
        // otherwise the operator's options are what the node will be.
        bool recorded = false;
        if (!session->serving() && (!session->identity() || !sameIdentity(*session->identity(), configured))) {
            if (Status s = NodeIdentityStore(session->services().database()).record(configured); !s) {
                context.fail(s.error().message);
                return Failure;
            }
            recorded = true;
        }
        const NodeIdentity shown = recorded || !session->identity() ? configured : *session->identity();
        if (context.json) {
            QJsonArray parties;
            for (const PartyRole &party : shown.parties)
                parties.append(party.toString());
            printJson(context.out, QJsonObject{{QStringLiteral("db"), displayDatabase(config.databasePath)},
                                               {QStringLiteral("created"), created},
                                               {QStringLiteral("parties"), parties},
                                               {QStringLiteral("versions_url"), shown.versionsUrl.isEmpty()
                                                                                    ? QJsonValue()
                                                                                    : QJsonValue(shown.versionsUrl)},
                                               {QStringLiteral("serving"), session->serving()}});
            return Success;
        }
        context.out << (created ? CliText::tr("created %1 for %2") : CliText::tr("%1 exists; the node is %2"))
                           .arg(displayDatabase(config.databasePath), shown.partiesText())
                    << Qt::endl;
        if (session->serving())
            context.out << CliText::tr("a node is %1").arg(session->identity()->describe()) << Qt::endl;
        if (config.partiesDefaulted && created)
            context.err << "ocpi-node: " << CliText::tr("note: no --party given: the node hosts the demo parties ZZ-OCN:CPO and "
                                               "ZZ-OCN:EMSP")
                        << Qt::endl;
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace ocpi::cli
