#pragma once

#include "sync/objectservice.h"

namespace ocpi {

// Locations (LOC-*): our CPO locations on the Sender interface and pushed to partners; partners'
// locations on the Receiver interface.
class LocationService : public ObjectService
{
    Q_OBJECT

public:
    LocationService(Database &database, ObjectsManager &manager, Outbox &outbox, const Clock &clock,
                    QList<PartyRole> ourParties, QObject *parent = nullptr);

protected:
    // Unpublished locations are not listed to everyone (LOC-13).
    bool isListed(const QJsonObject &object) const override;
};

} // namespace ocpi
