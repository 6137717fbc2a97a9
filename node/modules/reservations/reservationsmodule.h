#pragma once

#include "modules/ocpimodule.h"
#include "reservationservice.h"
#include "reservationsmanager.h"

#include <memory>

namespace ocpi {

// Reservations (docs/reservations.md), a custom module in the list only with --reservations on.
// The CPO serves the Sender interface, the eMSP the Receiver one. Its default manager carries an
// accepted reservation out through the commands module's manager, so it comes after commands.
class ReservationsModule final : public OcpiModule
{
public:
    QString identifier() const override { return QString::fromLatin1(ReservationService::kIdentifier); }
    QString description() const override;
    QList<ServedInterface> interfaces() const override
    {
        return {{InterfaceRole::Sender, Role::CPO}, {InterfaceRole::Receiver, Role::EMSP}};
    }
    // One object table, named after the module like the owned-object modules' tables.
    QList<Migration> migrations() const override
    {
        return {{identifier(), ObjectTable::schema(identifier())}, OpenReservations::migration()};
    }
    Status open(const ModuleContext &context) override;
    void close() override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;

    ReservationService &service() { return *m_service; }
    ReservationsManager &manager() { return *m_manager; }

private:
    std::unique_ptr<ReservationsManager> m_manager;
    std::unique_ptr<ReservationService> m_service; // after the manager: it uses it until it goes
};

} // namespace ocpi
