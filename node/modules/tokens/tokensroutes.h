#pragma once

#include "http/router.h"

namespace ocpi {

class TokenService;

namespace tokens {

// Sender (our eMSP parties): GET list, POST {token_uid}/authorize[?type=] (TOK-03..09).
// Receiver (our CPO parties): GET, PUT, PATCH {country_code}/{party_id}/{token_uid}[?type=]
// (TOK-01/02); no DELETE (TOK-13), the router answers 405. `path` is the interface's endpoint.
void mount(Router &router, TokenService &service, InterfaceRole role, const QString &path);

} // namespace tokens
} // namespace ocpi
