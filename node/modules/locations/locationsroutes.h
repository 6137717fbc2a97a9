#pragma once

#include "ocpi/party.h"

#include <QList>

namespace ocpi {

class LocationService;
class Router;

namespace locations {

// Sender (our CPO parties): GET list and GET {location_id}[/{evse_uid}[/{connector_id}]] (LOC-01/02).
// Receiver (our eMSP parties): GET, PUT, PATCH {country_code}/{party_id}/{location_id}[/{evse_uid}
// [/{connector_id}]] (LOC-03..10). Mounted for the roles this node holds.
void mount(Router &router, LocationService &service, const QList<PartyRole> &ourParties);

} // namespace locations
} // namespace ocpi
