#pragma once

// Sends a command from the eMSP node of TwoNodes to its CPO and waits for the CPO's answer (the
// CommandResponse; the result comes later to the response_url). Stops the test when none comes.

#include "support/twonodes.h"

#include "modules/commands/commandsmodule.h"
#include "runtime/noderuntime.h"
#include "runtime/nodeservices.h"

#include <QTest>

namespace ocpi::test {

inline CommandRecord sendCommand(TwoNodes &nodes, const QString &type, const QJsonObject &body)
{
    std::optional<Result<CommandRecord>> outcome;
    nodes.emsp().services().module<CommandsModule>().service().send(
        nodes.cpoAtEmsp().id, type, body, [&outcome](Result<CommandRecord> sent) { outcome = std::move(sent); });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000))
        qFatal("the CPO never answered the command");
    if (!*outcome)
        qFatal("sending the command failed: %s", qPrintable(outcome->error().message));
    return **outcome;
}

} // namespace ocpi::test
