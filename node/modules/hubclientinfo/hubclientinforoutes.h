#pragma once

#include "http/router.h"

namespace ocpi {

class HubClientInfoService;

namespace hubclientinfo {

// The Receiver interface: GET and PUT {path}/{country_code}/{party_id} (HCI-02). No routing
// headers (HCI-01): the dispatcher treats hubclientinfo as a configuration module.
void mount(Router &router, HubClientInfoService &service, const QString &path);

} // namespace hubclientinfo
} // namespace ocpi
