#include "router.h"

namespace ocpi {

QString interfaceRoleName(InterfaceRole role)
{
    return role == InterfaceRole::Sender ? QStringLiteral("SENDER") : QStringLiteral("RECEIVER");
}

void Router::add(Route route)
{
    route.segments = route.pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    m_routes.append(std::move(route));
}

void Router::addSync(Route route, SyncHandler handler)
{
    route.handler = [handler = std::move(handler)](const RouteCall &call, Responder respond) {
        respond(handler(call));
    };
    add(std::move(route));
}

void Router::announce(Endpoint endpoint)
{
    m_endpoints.append(std::move(endpoint));
}

bool Router::matchSegments(const Route &route, const QStringList &segments,
                           QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments[i];
        if (expected.startsWith(QLatin1Char('{'))) {
            if (params)
                params->insert(expected.mid(1, expected.size() - 2), segments[i]);
        } else if (expected != segments[i]) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    Match result;
    // Literal segments win over parameters: try routes in order, preferring the one with the most
    // literal matches (e.g. `/tokens/{uid}/authorize` over `/tokens/{cc}/{pid}/{uid}`).
    int bestLiterals = -1;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matchSegments(route, segments, &params))
            continue;
        result.pathKnown = true;
        if (route.method != method)
            continue;
        int literals = 0;
        for (const QString &segment : route.segments)
            literals += segment.startsWith(QLatin1Char('{')) ? 0 : 1;
        if (literals > bestLiterals) {
            bestLiterals = literals;
            result.route = &route;
            result.params = std::move(params);
        }
    }
    return result;
}

QList<QByteArray> Router::methodsFor(const QStringList &segments) const
{
    QList<QByteArray> methods;
    for (const Route &route : m_routes) {
        if (matchSegments(route, segments, nullptr) && !methods.contains(route.method))
            methods.append(route.method);
    }
    return methods;
}

} // namespace ocpi
