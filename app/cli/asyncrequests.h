#pragma once

#include "command.h"
#include "core/result.h"
#include "modules/commands/commandstore.h"
#include "ocpi/party.h"

#include <QJsonValue>

#include <functional>
#include <optional>

namespace ocpi {
class NodeServices;
struct Partner;
} // namespace ocpi

namespace ocpi::cli {

// What `command` and `profile` share: both send a request a partner CPO answers at once and
// completes later at our response_url, kept in a CommandStore table by the serving node.

QJsonValue orNull(const std::optional<QJsonObject> &object);
// " (text)" of the object's first message, or nothing.
QString messageOf(const std::optional<QJsonObject> &object);
// The serving node records the result when the CPO posts it; this process reads the database
// until it is there or the deadline passed (then the request is TIMEOUT, CMD-06).
CommandRecord waitForResult(CommandStore &store, CommandRecord request);

// One request as `command` and `profile` run it on the serving node's database: to the partner
// named by the first argument, then its answer printed and its result waited for (unless
// --no-wait); --json prints {"id", <requestKey>, "response", "result" (or null), "state"}.
struct AsyncRequest
{
    using Done = std::function<void(Result<CommandRecord>)>;
    // Sends it; `done` gets the stored request once the partner answered, or why it was not sent.
    // `to`: the party the first argument named when a hub routes to it (else none).
    std::function<void(NodeServices &services, const Partner &partner, const std::optional<PartyId> &to, Done done)> send;
    // Where the serving node keeps it.
    std::function<CommandStore &(NodeServices &services)> store;
    // What the first line says before the answer ("START_SESSION to the-cpo").
    std::function<QString(const Partner &partner)> label;
    QString requestKey;
    // More to print of a result (without --json); none: its state and message only.
    std::function<void(QTextStream &out, const QJsonObject &result)> printResult;
};
// Exit code: Success only when the result is ACCEPTED.
int runAsyncRequest(CommandContext &context, const AsyncRequest &request);

} // namespace ocpi::cli
