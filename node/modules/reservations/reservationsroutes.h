#pragma once

#include "http/router.h"

namespace ocpi {

class ReservationService;

namespace reservations {

// Sender (CPO): the list, and GET, POST (a request) and PATCH (accept, cancel) of
// {country_code}/{party_id}/{id} under the caller's own party; Receiver (eMSP): GET, PUT and PATCH
// of the same path for what the CPO pushes.
void mount(Router &router, ReservationService &service, InterfaceRole role, const QString &path);

} // namespace reservations
} // namespace ocpi
