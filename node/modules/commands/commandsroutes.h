#pragma once

#include "http/router.h"

namespace ocpi {
class CommandService;
}

namespace ocpi::commands {

// CPO Receiver: POST {commands}/{command} (CMD-01). eMSP Sender: POST {commands}/{command}/{uid},
// the response_url each command we send carries (CMD-02, CMD-04).
void mount(Router &router, CommandService &service, InterfaceRole role, const QString &path);

} // namespace ocpi::commands
