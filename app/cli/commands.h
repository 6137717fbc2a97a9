#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace ocpi::cli {

// Every command, `serve` first (the default).
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace ocpi::cli
