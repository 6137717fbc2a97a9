#pragma once

#include "http/router.h"

namespace ocpi {

class TariffService;

namespace tariffs {

// Sender (our CPO parties): GET list. Receiver (our eMSP parties): GET/PUT/DELETE
// {country_code}/{party_id}/{tariff_id} (TAR-01/02). `path` is the interface's endpoint.
void mount(Router &router, TariffService &service, InterfaceRole role, const QString &path);

} // namespace tariffs
} // namespace ocpi
