#pragma once

#include "ocpimodule.h"
#include "store/objecttable.h"
#include "sync/objectservice.h"

#include <memory>

namespace ocpi {

// The common shape of a module whose objects are owned by one party and copied to partners
// (locations, tariffs, tokens): one object table, a manager (`Manager`, the SQL `Default` unless an
// integrator set one), a service derived from ObjectService, the Sender interface for the owner's
// role and the Receiver interface for the other. A module adds its description and its routes.
template <typename Service, typename Manager, typename Default>
class OwnedObjectsModule : public OcpiModule
{
public:
    QString identifier() const override { return Service::definition().identifier; }
    QList<ServedInterface> interfaces() const override
    {
        const ObjectModule &objects = Service::definition();
        return {{InterfaceRole::Sender, objects.ownerRole}, {InterfaceRole::Receiver, objects.receiverRole}};
    }
    // The table is named after the module, and so is the migration that made it.
    QList<Migration> migrations() const override { return {{identifier(), ObjectTable::schema(identifier())}}; }

    Status open(const ModuleContext &context) override
    {
        auto manager = context.managers.template make<Manager, Default>(identifier(), context.database);
        if (!manager)
            return manager.error();
        m_manager = std::move(manager).value();
        m_service = std::make_unique<Service>(context.database, *m_manager, context.outbox, context.clock,
                                              context.ourParties, context.policy);
        return Status::success();
    }
    void close() override
    {
        // Queued Receiver writes call the derived service: they finish while it is whole.
        if (m_service)
            m_service->finishWrites();
        m_service.reset();
        m_manager.reset();
    }

    ObjectService *objects() override { return m_service.get(); }
    const ObjectModule *objectModule() const override { return &Service::definition(); }
    Service &service() { return *m_service; }

private:
    std::unique_ptr<Manager> m_manager;
    std::unique_ptr<Service> m_service; // after the manager: it uses it until it goes
};

} // namespace ocpi
