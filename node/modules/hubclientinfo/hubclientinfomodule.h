#pragma once

#include "hubclientinfoservice.h"
#include "modules/ocpimodule.h"

#include <memory>

namespace ocpi {

// Hub client info (HCI-*): the Receiver interface every party connected to a hub serves, CPO and
// eMSP alike. What the hubs report is read by the partner registry (who may a hub speak for, who
// is unreachable), so the module hands its service to the registry while it is open.
class HubClientInfoModule final : public OcpiModule
{
public:
    QString identifier() const override { return QString::fromLatin1(HubClientInfoService::kIdentifier); }
    QString description() const override;
    QList<ServedInterface> interfaces() const override
    {
        return {{InterfaceRole::Receiver, Role::CPO}, {InterfaceRole::Receiver, Role::EMSP}};
    }
    QList<Migration> migrations() const override { return {ClientInfoStore::migration(), ClientInfoStore::roleMigration()}; }
    Status open(const ModuleContext &context) override;
    void close() override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;

    HubClientInfoService &service() { return *m_service; }

private:
    PartnerRegistry *m_partners = nullptr;
    std::unique_ptr<HubClientInfoService> m_service;
};

} // namespace ocpi
