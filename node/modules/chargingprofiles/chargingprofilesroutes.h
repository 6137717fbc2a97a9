#pragma once

#include "http/router.h"

namespace ocpi {
class ChargingProfileService;
}

namespace ocpi::chargingprofiles {

// CPO Receiver: GET, PUT and DELETE {chargingprofiles}/{session_id} (CP-01..03). eMSP Sender:
// POST {chargingprofiles}/{type}/{uid}, the response_url each request we send carries (CP-05),
// and PUT {chargingprofiles}/{session_id}, the ActiveChargingProfile updates (CP-06).
void mount(Router &router, ChargingProfileService &service, InterfaceRole role, const QString &path);

} // namespace ocpi::chargingprofiles
