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
    Status removeOwn(const ObjectKey &key);
};

} // namespace ocpi
