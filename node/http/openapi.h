#pragma once

#include <QJsonObject>
#include <QString>

namespace ocpi {

class Router;

// An OpenAPI 3.0 description generated from the route table and the OCPI object tables, so it
// describes exactly what the node serves.
QJsonObject buildOpenApi(const Router &router, const QString &publicBase);

} // namespace ocpi
