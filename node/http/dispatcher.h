#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "ocpi/party.h"
#include "router.h"

#include <QList>
#include <QString>

#include <atomic>

namespace ocpi {

class CallerDirectory;
class RequestLog;

struct DispatchSettings
{
    QString publicBase;           // "http://127.0.0.1:8180": absolute URLs in Link headers
    QList<PartyRole> parties;     // the parties this node hosts
    int pageLimit = 100;          // X-Limit
    qsizetype logBodyLimit = 8192;
};

// The one path every request takes, independent of the HTTP server library: request ids, route
// lookup (404/405), authentication, routing headers, JSON parsing, the handler, then response
// headers and the request log. Every answer is an OCPI envelope in application/json.
class Dispatcher
{
public:
    Dispatcher(const Router &router, CallerDirectory *callers, RequestLog *log, const Clock &clock,
               DispatchSettings settings);

    void dispatch(HttpRequest request, Responder done);

    const DispatchSettings &settings() const { return m_settings; }
    void setPublicBase(const QString &base) { m_settings.publicBase = base; }
    qint64 handledCount() const { return m_handled.load(); }

private:
    struct Exchange;
    void finish(const std::shared_ptr<Exchange> &exchange, HttpResponse response);
    Status resolveParties(const Route &route, RouteCall &call, const struct RoutingHeaders &headers) const;

    const Router &m_router;
    CallerDirectory *m_callers;
    RequestLog *m_log;
    const Clock &m_clock;
    DispatchSettings m_settings;
    std::atomic<qint64> m_handled{0};
};

} // namespace ocpi
