#pragma once

#include "outbox.h"

namespace ocpi {

class ObjectService;

// The whole current object as the module's manager has it (through the service's findOwn), for the
// PUT that replaces a refused PATCH. The service must outlive the outbox's use of it.
WholeObjectSource wholeObjectSource(ObjectService &service);

} // namespace ocpi
