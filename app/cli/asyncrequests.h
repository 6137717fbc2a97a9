#pragma once

#include "modules/commands/commandstore.h"

#include <QJsonValue>

#include <optional>

namespace ocpi::cli {

// What `command` and `profile` share: both send a request a partner CPO answers at once and
// completes later at our response_url, kept in a CommandStore table by the serving node.

QJsonValue orNull(const std::optional<QJsonObject> &object);
// " (text)" of the object's first message, or nothing.
QString messageOf(const std::optional<QJsonObject> &object);
// The serving node records the result when the CPO posts it; this process reads the database
// until it is there or the deadline passed (then the request is TIMEOUT, CMD-06).
CommandRecord waitForResult(CommandStore &store, CommandRecord request);

} // namespace ocpi::cli
