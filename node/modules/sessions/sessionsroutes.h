#pragma once

#include "http/router.h"

namespace ocpi {

class SessionService;

namespace sessions {

// Sender (CPO): the list and PUT {session_id}/charging_preferences; Receiver (eMSP): GET, PUT and
// PATCH of {country_code}/{party_id}/{session_id}.
void mount(Router &router, SessionService &service, InterfaceRole role, const QString &path);

} // namespace sessions
} // namespace ocpi
