#include "cdrsmodule.h"

#include "cdrsroutes.h"

namespace ocpi {

QString CdrsModule::description() const
{
    return QStringLiteral("CDRs: the final, immutable record of a charging session, for billing (CDR)");
}

QList<Migration> CdrsModule::migrations() const
{
    return OwnedObjectsModule::migrations() << CdrDeliveryStore::migration();
}

Status CdrsModule::open(const ModuleContext &context)
{
    if (Status s = OwnedObjectsModule::open(context); !s)
        return s;
    // The partner's answer to our POST says where it keeps the CDR (CDR-02): the service records it.
    m_outbox = &context.outbox;
    m_outbox->setDeliveredHook(identifier(), [this](const OutboxEntry &entry, const HeaderList &headers) {
        return service().noteDelivered(entry, headers);
    });
    return Status::success();
}

void CdrsModule::close()
{
    if (m_outbox)
        m_outbox->setDeliveredHook(identifier(), {});
    m_outbox = nullptr;
    OwnedObjectsModule::close();
}

void CdrsModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    cdrs::mount(router, service(), served.role, path);
}

} // namespace ocpi
