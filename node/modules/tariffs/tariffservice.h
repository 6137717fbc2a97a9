#pragma once

#include "sync/objectservice.h"

namespace ocpi {

// Tariffs (TAR-01..04): our tariffs are listed on the Sender interface and pushed with PUT/DELETE;
// partners' tariffs arrive on the Receiver interface (GET, PUT, DELETE; no PATCH).
class TariffService : public ObjectService
{
    Q_OBJECT

public:
    // What the shared machinery needs to know about this module's objects.
    static const ObjectModule &definition();

    TariffService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                  QList<PartyRole> ourParties, const ValidationPolicy &policy = {}, QObject *parent = nullptr);

    // Withdraws one of our tariffs and tells the partners (DELETE on their Receiver interface).
    // Refused (2001) while one of our own objects still names it, e.g. a connector's tariff_ids
    // (TAR-03); the message names that location, EVSE and connector.
    Status removeOwn(const ObjectKey &key);

    // The other modules, asked before one of our tariffs goes (ObjectService::ownReferenceTo).
    void linkModules(const QList<ObjectService *> &services) override;

private:
    QList<ObjectService *> m_referrers;
};

} // namespace ocpi
