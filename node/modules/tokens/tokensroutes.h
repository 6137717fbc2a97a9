#pragma once

#include "ocpi/party.h"

#include <QList>

namespace ocpi {

class Router;
class TokenService;

namespace tokens {

// Sender (our eMSP parties) and Receiver (our CPO parties) interfaces of the tokens module.
void mount(Router &router, TokenService &service, const QList<PartyRole> &ourParties);

} // namespace tokens
} // namespace ocpi
