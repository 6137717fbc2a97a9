#pragma once

namespace ocpi {

class Router;

namespace versions {

// GET {base}/versions and GET {base}/2.2.1 (VER-01/02/07). Version details list exactly the
// endpoints other modules announced on the router.
void mount(Router &router);

} // namespace versions
} // namespace ocpi
