#pragma once

#include "core/caller.h"
#include "httptypes.h"
#include "ocpi/party.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace ocpi {

// Who may call a route.
enum class Access {
    Open,        // no token (health, OpenAPI, docs)
    AnyToken,    // token A or a registered partner's token: versions, details, credentials (TF-05)
    PartnerOnly, // registered partners only: every functional module
};

enum class InterfaceRole { Sender, Receiver };
QString interfaceRoleName(InterfaceRole role);

struct ParamDoc
{
    QString name;
    QString type = QStringLiteral("string"); // OpenAPI primitive: string, integer
    QString format;                           // e.g. date-time
    QString description;
    bool required = false;
};

// What the OpenAPI document says about a route.
struct RouteDoc
{
    QString summary;
    QString requestSchema;      // OCPI object carried in the body; empty = no body
    QString responseSchema;     // OCPI object in `data`; empty = no data
    bool responseIsList = false;
    bool paginated = false;
    QList<ParamDoc> query;
    QList<int> extraStatuses;   // HTTP statuses besides 200 and the common errors
    bool requestOptional = false; // the body may be left out (e.g. LocationReferences)
    bool hidden = false;        // left out of the OpenAPI document (static files)
};

// One request on its way through a handler.
struct RouteCall
{
    const HttpRequest &request;
    QHash<QString, QString> params;
    std::optional<Caller> caller;
    QJsonDocument body;                 // parsed when the route declares a request body
    std::optional<PartyRole> ourParty;  // the hosted party that answers (functional modules)
    std::optional<PartyId> fromParty;   // the calling party (routing headers, or its only party)
    QDateTime now;
    QString requestId;
    QString correlationId;
    QString publicBase;                 // "https://host:port", for absolute URLs
    int pageLimit = 100;                // X-Limit: the largest page lists return
    bool ourPartyAddressed = false;     // the OCPI-to-* headers named ourParty

    QString param(const QString &name) const { return params.value(name); }
};

using Responder = std::function<void(HttpResponse)>;
using Handler = std::function<void(const RouteCall &, Responder)>;
using SyncHandler = std::function<HttpResponse(const RouteCall &)>;

struct Route
{
    QByteArray method;
    QString pattern;                    // "/ocpi/cpo/2.2.1/locations/{location_id}"
    Access access = Access::PartnerOnly;
    QString module;                     // OCPI ModuleID; empty for non-OCPI routes
    std::optional<Role> servedRole;     // our role on this interface (routing headers)
    Handler handler;
    RouteDoc doc;
    bool quiet = false;                 // kept out of the request log (health probes, static files)

    QStringList segments;               // pattern split once
};

// An OCPI endpoint as version details announce it (VER-02).
struct Endpoint
{
    QString identifier;
    InterfaceRole role;
    QString path;                       // relative to the public base URL
};

// The route table. Every route and every announced endpoint passes through here, so version
// details and the OpenAPI document are derived from what is actually served.
class Router
{
public:
    void add(Route route);
    void addSync(Route route, SyncHandler handler);
    void announce(Endpoint endpoint);
    // A module's one-line description: the OpenAPI tag of its routes.
    void describeModule(const QString &identifier, const QString &description)
    {
        m_moduleDescriptions.append({identifier, description});
    }

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        bool pathKnown = false;         // some route has this path (-> 405 rather than 404)
    };
    Match match(const QByteArray &method, const QStringList &segments) const;
    QList<QByteArray> methodsFor(const QStringList &segments) const;

    const QList<Route> &routes() const { return m_routes; }
    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    const QList<QPair<QString, QString>> &moduleDescriptions() const { return m_moduleDescriptions; }

private:
    static bool matchSegments(const Route &route, const QStringList &segments,
                              QHash<QString, QString> *params);

    QList<Route> m_routes;
    QList<Endpoint> m_endpoints;
    QList<QPair<QString, QString>> m_moduleDescriptions; // identifier, description
};

} // namespace ocpi
