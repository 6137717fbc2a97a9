#pragma once

#include "commandservice.h"
#include "modules/ocpimodule.h"

#include <memory>

namespace ocpi {

// Commands (CMD-*): the CPO's Receiver interface and the eMSP's result URLs. Its default manager
// simulates charge points on our own locations, sessions, tariffs and CDRs, so it comes after
// those modules in the module list.
class CommandsModule final : public OcpiModule
{
public:
    QString identifier() const override { return QString::fromLatin1(CommandService::kIdentifier); }
    QString description() const override;
    QList<ServedInterface> interfaces() const override
    {
        return {{InterfaceRole::Receiver, Role::CPO}, {InterfaceRole::Sender, Role::EMSP}};
    }
    QList<Migration> migrations() const override { return QList<Migration>{CommandStore::migration()} << SimulatedChargers::migrations(); }
    Status open(const ModuleContext &context) override;
    void close() override;
    void setPublicBase(const QString &base) override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;

    CommandService &service() { return *m_service; }
    CommandsManager &manager() { return *m_manager; }

private:
    std::unique_ptr<CommandsManager> m_manager;
    std::unique_ptr<CommandService> m_service;
};

} // namespace ocpi
