// `ocpi-node list processes`: the node processes serving the database (their heartbeat rows).

#include "operatorsession.h"
#include "clitext.h"

#include "config/nodeprocesses.h"
#include "core/datetime.h"
#include "runtime/nodeservices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace ocpi::cli {

namespace {


} // namespace

// Called by `list` (objectcommands.cpp).
int listProcesses(CommandContext &context, OperatorSession &session)
{
    auto processes = session.services().processes();
    if (!processes) {
        context.fail(processes.error().message);
        return Failure;
    }
    if (context.json) {
        QJsonArray array;
        for (const NodeProcess &p : *processes) {
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("host"), p.host},
                                     {QStringLiteral("pid"), p.pid},
                                     {QStringLiteral("url"), p.url},
                                     {QStringLiteral("started_at"), formatDateTime(p.startedAt)},
                                     {QStringLiteral("last_seen"), formatDateTime(p.lastSeen)},
                                     {QStringLiteral("alive"), p.alive},
                                     {QStringLiteral("leader"), p.leader}});
        }
        printJson(context.out, array);
        return Success;
    }
    QList<QStringList> rows;
    for (const NodeProcess &p : *processes) {
        const QString state = !p.alive ? CliText::tr("gone") : p.leader ? CliText::tr("leads") : CliText::tr("serving");
        rows.append({p.host, QString::number(p.pid), state, formatDateTime(p.startedAt), formatDateTime(p.lastSeen), p.url});
    }
    printTable(context.out, {CliText::tr("HOST"), CliText::tr("PID"), CliText::tr("STATE"), CliText::tr("STARTED"), CliText::tr("LAST SEEN"), CliText::tr("URL")}, rows);
    return Success;
}

} // namespace ocpi::cli
