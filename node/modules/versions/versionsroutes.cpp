#include "versionsroutes.h"

#include "http/ocpipaths.h"
#include "http/responses.h"
#include "http/router.h"
#include "ocpi/versionnumber.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ocpi::versions {

void mount(Router &router)
{
    Route list;
    list.method = "GET";
    list.pattern = paths::versions();
    list.access = Access::AnyToken;
    list.module = QStringLiteral("versions");
    list.doc.summary = QStringLiteral("OCPI versions this node supports");
    list.doc.responseSchema = QStringLiteral("Version");
    list.doc.responseIsList = true;
    router.addSync(list, [](const RouteCall &call) {
        const QJsonArray versions{QJsonObject{{QStringLiteral("version"), kOcpiVersion},
                                              {QStringLiteral("url"), call.publicBase + paths::versionDetails()}}};
        return reply::json(versions, call.now);
    });

    Route details;
    details.method = "GET";
    details.pattern = paths::versionDetails();
    details.access = Access::AnyToken;
    details.module = QStringLiteral("versions");
    details.doc.summary = QStringLiteral("Endpoints of OCPI 2.2.1 on this node");
    details.doc.responseSchema = QStringLiteral("VersionDetails");
    const Router *table = &router;
    router.addSync(details, [table](const RouteCall &call) {
        QJsonArray endpoints;
        for (const Endpoint &endpoint : table->endpoints()) {
            endpoints.append(QJsonObject{{QStringLiteral("identifier"), endpoint.identifier},
                                         {QStringLiteral("role"), interfaceRoleName(endpoint.role)},
                                         {QStringLiteral("url"), call.publicBase + endpoint.path}});
        }
        return reply::json(QJsonObject{{QStringLiteral("version"), kOcpiVersion},
                                       {QStringLiteral("endpoints"), endpoints}},
                           call.now);
    });
}

} // namespace ocpi::versions
