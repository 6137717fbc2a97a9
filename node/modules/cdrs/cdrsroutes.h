#pragma once

#include "http/router.h"

namespace ocpi {

class CdrService;

namespace cdrs {

// Sender (CPO): the list. Receiver (eMSP): POST on the endpoint itself, answered with the Location
// of the stored CDR, and GET on that URL, {country_code}/{party_id}/{cdr_id}. Nothing else: CDRs
// are never replaced, patched or deleted (CDR-04).
void mount(Router &router, CdrService &service, InterfaceRole role, const QString &path);

} // namespace cdrs
} // namespace ocpi
