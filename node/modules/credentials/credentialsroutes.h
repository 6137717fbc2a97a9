#pragma once

namespace ocpi {

class Clock;
class CredentialsService;
class Router;

namespace credentials {

// GET/POST/PUT/DELETE {base}/2.2.1/credentials, reachable with token A (TF-05), announced once with
// role SENDER (VER-06).
void mount(Router &router, CredentialsService &service, const Clock &clock);

} // namespace credentials
} // namespace ocpi
