#pragma once

#include "ocpi/party.h"

#include <QList>

namespace ocpi {

class LocationService;
class Router;

namespace locations {

// Sender (our CPO parties) and Receiver (our eMSP parties) interfaces of the locations module.
void mount(Router &router, LocationService &service, const QList<PartyRole> &ourParties);

} // namespace locations
} // namespace ocpi
