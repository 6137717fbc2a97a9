#pragma once

#include "ocpi/party.h"

#include <QList>

namespace ocpi {

class Router;
class TariffService;

namespace tariffs {

// Sender (our CPO parties): GET list. Receiver (our eMSP parties): GET/PUT/DELETE
// {country_code}/{party_id}/{tariff_id} (TAR-01/02). Mounted for the roles this node holds.
void mount(Router &router, TariffService &service, const QList<PartyRole> &ourParties);

} // namespace tariffs
} // namespace ocpi
