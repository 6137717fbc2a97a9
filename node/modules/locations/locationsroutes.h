#pragma once

#include "http/router.h"

namespace ocpi {

class LocationService;

namespace locations {

// Sender (our CPO parties): GET list and GET {location_id}[/{evse_uid}[/{connector_id}]] (LOC-01/02).
// Receiver (our eMSP parties): GET, PUT, PATCH {country_code}/{party_id}/{location_id}[/{evse_uid}
// [/{connector_id}]] (LOC-03..10). `path` is the interface's endpoint.
void mount(Router &router, LocationService &service, InterfaceRole role, const QString &path);

} // namespace locations
} // namespace ocpi
