#include "commands.h"

namespace ocpi::cli {

std::unique_ptr<Command> makeServeCommand();

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeServeCommand());
    return commands;
}

} // namespace ocpi::cli
