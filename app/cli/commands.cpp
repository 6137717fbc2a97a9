#include "commands.h"

namespace ocpi::cli {

std::unique_ptr<Command> makeServeCommand();
void addPartnerCommands(std::vector<std::unique_ptr<Command>> &commands);

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeServeCommand());
    addPartnerCommands(commands);
    return commands;
}

} // namespace ocpi::cli
