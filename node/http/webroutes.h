#pragma once

#include <QString>

namespace ocpi {

class Router;

namespace web {

// Routes for people and machines around the node, all without a token: GET /health (load
// balancers), GET /openapi.json, and GET /docs (Swagger UI from `swaggerUiDir`, or a page saying how
// to install it).
void mount(Router &router, QString swaggerUiDir);

// Where to look for swagger-ui-dist when no folder is configured.
QString findSwaggerUi(const QString &configured);

} // namespace web
} // namespace ocpi
