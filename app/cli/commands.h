#pragma once

#include "command.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace ocpi {
class NodeServices;
}

namespace ocpi::cli {

// Every command, `serve` first (the default).
std::vector<std::unique_ptr<Command>> allCommands();

// Our own token with this uid (any type), as the full Token object commands and reservations carry.
std::optional<QJsonObject> ourToken(NodeServices &services, const QString &uid);

} // namespace ocpi::cli
