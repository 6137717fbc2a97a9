#include "operatorsession.h"
#include "clitext.h"

#include "partners/partnerregistry.h"

#include "config/nodeprocesses.h"
#include "store/databaselocation.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi::cli {

namespace {


// "--port 9000", "9000 from OCPI_PORT", "9000 from node/port in node.ini".
QString given(const NodeConfig &config, const QString &option, const QString &value)
{
    const QString origin = config.origins.value(option);
    if (origin.startsWith(QLatin1String("--")))
        return origin + QLatin1Char(' ') + value;
    return QStringLiteral("%1 from %2").arg(value, origin);
}

QString partiesText(const QList<PartyRole> &parties)
{
    QStringList names;
    for (const PartyRole &party : parties)
        names << party.toString();
    return names.join(QStringLiteral(", "));
}

bool sameParties(const QList<PartyRole> &a, const QList<PartyRole> &b)
{
    if (a.size() != b.size())
        return false;
    for (const PartyRole &party : a) {
        if (!b.contains(party))
            return false;
    }
    return true;
}

} // namespace

Result<NodeConfig> reconcile(const NodeConfig &config, const NodeIdentity &identity, QString *note)
{
    QStringList conflicts;
    if (config.isGiven(QStringLiteral("party")) && !identity.parties.isEmpty()
        && !sameParties(config.parties, identity.parties)) {
        conflicts << CliText::tr("%1, but the node is %2")
                         .arg(given(config, QStringLiteral("party"), partiesText(config.parties)), identity.partiesText());
    }
    if (config.isGiven(QStringLiteral("business-name")) && config.businessName != identity.businessName) {
        conflicts << CliText::tr("%1, but the node announces %2")
                         .arg(given(config, QStringLiteral("business-name"), config.businessName),
                              identity.businessName.isEmpty() ? CliText::tr("no business name") : identity.businessName);
    }
    // The address only counts once known: `init` with --port 0 recorded none.
    if (!identity.publicBase.isEmpty()) {
        if (config.isGiven(QStringLiteral("public-url")) && config.publicUrl != identity.publicBase) {
            conflicts << CliText::tr("%1, but the node answers at %2")
                             .arg(given(config, QStringLiteral("public-url"), config.publicUrl), identity.publicBase);
        }
        // --port 0 means "any port", which the recorded one is.
        if (config.isGiven(QStringLiteral("port")) && config.port != 0 && config.port != identity.port) {
            conflicts << CliText::tr("%1, but the node %2 port %3")
                             .arg(given(config, QStringLiteral("port"), QString::number(config.port)),
                                  identity.isServing() ? CliText::tr("listens on") : CliText::tr("listened on"))
                             .arg(identity.port);
        }
        if (config.isGiven(QStringLiteral("listen")) && config.listenAddress.toString() != identity.listenAddress) {
            conflicts << CliText::tr("%1, but the node listens on %2")
                             .arg(given(config, QStringLiteral("listen"), config.listenAddress.toString()),
                                  identity.listenAddress);
        }
    }
    if (!conflicts.isEmpty()) {
        if (identity.isServing()) {
            return Error::invalid(CliText::tr("these options contradict the node serving %1 (%2): %3. Leave them out to act as "
                                     "that node, or stop it and start `ocpi-node serve` with the new options")
                                      .arg(displayDatabase(config.databasePath), identity.describe(), conflicts.join(QStringLiteral("; "))));
        }
        // Nobody serves as the recorded identity now: the operator's options are the newer word.
        *note = CliText::tr("note: %1 was %2 with other settings (%3); using the options given")
                    .arg(displayDatabase(config.databasePath), identity.describe(), conflicts.join(QStringLiteral("; ")));
        return config;
    }
    NodeConfig effective = config;
    if (!identity.parties.isEmpty()) {
        effective.parties = identity.parties;
        effective.partiesDefaulted = false;
        effective.businessName = identity.businessName;
    }
    if (!identity.publicBase.isEmpty()) {
        effective.publicUrl = identity.publicBase;
        effective.port = identity.port;
        effective.listenAddress = QHostAddress(identity.listenAddress);
    } else if (!config.isGiven(QStringLiteral("port"))) {
        effective.port = identity.port; // `init --port 0`: no address until the node serves
    }
    return effective;
}

std::unique_ptr<OperatorSession> OperatorSession::open(CommandContext &context)
{
    return start(context, false, nullptr);
}

std::unique_ptr<OperatorSession> OperatorSession::create(CommandContext &context, bool *created)
{
    return start(context, true, created);
}

std::unique_ptr<OperatorSession> OperatorSession::start(CommandContext &context, bool mayCreate, bool *created)
{
    auto config = context.loadConfig();
    if (!config)
        return nullptr;
    // A PostgreSQL database is created by its administrator; whether it holds a node yet shows
    // when it is opened.
    const bool exists = DatabaseLocation::looksLikeUrl(config->databasePath) || QFileInfo::exists(config->databasePath);
    if (!exists && !mayCreate) {
        context.fail(CliText::tr("there is no node database at %1: check --db, or create the node with `ocpi-node init --db %1 "
                        "--party CC-PID:ROLE` (`ocpi-node serve --db %1` creates it too)")
                         .arg(displayDatabase(config->databasePath)));
        return nullptr;
    }
    if (created)
        *created = !exists;
    std::unique_ptr<OperatorSession> session(new OperatorSession);
    session->m_services = std::make_unique<NodeServices>(*config, session->m_clock);
    if (Status s = session->m_services->open(); !s) {
        context.fail(s.error().message);
        return nullptr;
    }
    auto recorded = NodeIdentityStore(session->m_services->database()).recorded();
    if (!recorded) {
        context.fail(recorded.error().message);
        return nullptr;
    }
    session->m_identity = *recorded;
    if (auto processes = NodeProcesses::list(session->m_services->database())) {
        for (const NodeProcess &process : std::as_const(*processes))
            session->m_otherProcessServes |= process.alive && processRunning(process.host, process.pid);
    }
    // A PostgreSQL database exists before the node does: it is new to us when no node was recorded
    // in it yet (`serve` and `init` both record one).
    if (created && DatabaseLocation::looksLikeUrl(config->databasePath))
        *created = !session->m_identity;
    if (!session->m_identity)
        return session;
    QString note;
    auto effective = reconcile(*config, *session->m_identity, &note);
    if (!effective) {
        context.fail(effective.error().message);
        return nullptr;
    }
    if (!note.isEmpty())
        context.err << "ocpi-node: " << note << Qt::endl;
    // The services were built from the command's options; build them again as the recorded node.
    session->m_services.reset();
    session->m_services = std::make_unique<NodeServices>(*effective, session->m_clock);
    if (Status s = session->m_services->open(); !s) {
        context.fail(s.error().message);
        return nullptr;
    }
    return session;
}

QString OperatorSession::notServingReason() const
{
    const QString path = displayDatabase(m_services->config().databasePath);
    if (!m_identity)
        return CliText::tr("no node is serving %1 (it has never served)").arg(path);
    return CliText::tr("no node is serving %1 (%2)").arg(path, m_identity->describe());
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells[i].leftJustified(i + 1 < cells.size() ? widths[i] + 2 : 0);
        out << text.trimmed() << Qt::endl;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << document.toJson(QJsonDocument::Indented);
    out.flush();
}

std::optional<Partner> OperatorSession::partnerArgument(CommandContext &context)
{
    auto partner = m_services->partners().findByReference(context.positional.value(0));
    if (!partner) {
        context.fail(partner.error().message);
        return std::nullopt;
    }
    return *partner;
}

} // namespace ocpi::cli
