#pragma once

#include "ocpi/party.h"

#include <QList>

namespace ocpi {

class Router;
class TokenService;

namespace tokens {

// Sender (our eMSP parties): GET list, POST {token_uid}/authorize[?type=] (TOK-03..09).
// Receiver (our CPO parties): GET, PUT, PATCH {country_code}/{party_id}/{token_uid}[?type=]
// (TOK-01/02); no DELETE (TOK-13), the router answers 405. Mounted for the roles this node holds.
void mount(Router &router, TokenService &service, const QList<PartyRole> &ourParties);

} // namespace tokens
} // namespace ocpi
