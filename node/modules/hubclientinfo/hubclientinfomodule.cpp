#include "hubclientinfomodule.h"

#include "hubclientinforoutes.h"
#include "partners/partnerregistry.h"

namespace ocpi {

QString HubClientInfoModule::description() const
{
    return QStringLiteral("Hub client info: which parties behind a hub are connected (HCI)");
}

Status HubClientInfoModule::open(const ModuleContext &context)
{
    m_partners = &context.partners;
    m_service = std::make_unique<HubClientInfoService>(context.database, context.partners, context.clock, context.policy);
    m_partners->setHubDirectory(m_service.get());
    return Status::success();
}

void HubClientInfoModule::close()
{
    if (m_partners)
        m_partners->setHubDirectory(nullptr);
    m_partners = nullptr;
    m_service.reset();
}

void HubClientInfoModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    Q_UNUSED(served)
    hubclientinfo::mount(router, *m_service, path);
}

} // namespace ocpi
