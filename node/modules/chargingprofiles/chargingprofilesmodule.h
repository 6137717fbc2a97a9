#pragma once

#include "chargingprofileservice.h"
#include "modules/ocpimodule.h"

#include <memory>

namespace ocpi {

// Charging profiles (smart charging, CP-*): the CPO's Receiver interface, applied by the commands
// module's simulated charge points, and the eMSP's result URLs and update interface. It builds on
// sessions (CP-10) and on the simulated charge points, so it comes after both in the module list.
class ChargingProfilesModule final : public OcpiModule
{
public:
    QString identifier() const override { return QString::fromLatin1(ChargingProfileService::kIdentifier); }
    QString description() const override;
    QList<ServedInterface> interfaces() const override
    {
        return {{InterfaceRole::Receiver, Role::CPO}, {InterfaceRole::Sender, Role::EMSP}};
    }
    QList<Migration> migrations() const override
    {
        return {CommandStore::migration(QString::fromLatin1(ChargingProfileService::kTable)), ProfileStore::migration()};
    }
    Status open(const ModuleContext &context) override;
    void close() override { m_service.reset(); }
    void setPublicBase(const QString &base) override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;

    ChargingProfileService &service() { return *m_service; }

private:
    std::unique_ptr<ChargingProfileService> m_service;
};

} // namespace ocpi
