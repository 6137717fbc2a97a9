#include "commands.h"

namespace ocpi::cli {

std::unique_ptr<Command> makeServeCommand();
std::unique_ptr<Command> makeInitCommand();
void addPartnerCommands(std::vector<std::unique_ptr<Command>> &commands);
void addObjectCommands(std::vector<std::unique_ptr<Command>> &commands);
void addCommandCommands(std::vector<std::unique_ptr<Command>> &commands);
void addProfileCommands(std::vector<std::unique_ptr<Command>> &commands);
void addReserveCommand(std::vector<std::unique_ptr<Command>> &commands);
void addDemoCommand(std::vector<std::unique_ptr<Command>> &commands);

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeServeCommand());
    commands.push_back(makeInitCommand());
    addPartnerCommands(commands);
    addObjectCommands(commands);
    addCommandCommands(commands);
    addProfileCommands(commands);
    addReserveCommand(commands);
    addDemoCommand(commands);
    return commands;
}

} // namespace ocpi::cli
