#include "dispatcher.h"

#include "authenticator.h"
#include "core/logging.h"
#include "responses.h"
#include "routingheaders.h"
#include "traffic/requestlog.h"

#include <QElapsedTimer>
#include <QJsonParseError>
#include <QUuid>

#include <memory>

namespace ocpi {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString idFrom(const HttpRequest &request, QByteArrayView header)
{
    const QByteArray value = request.header(header).trimmed();
    // Echo what the peer sent when it is sane; replace anything else.
    if (value.isEmpty() || value.size() > 255)
        return newId();
    for (const char c : value) {
        if (c < 0x21 || c > 0x7e)
            return newId();
    }
    return QString::fromLatin1(value);
}

QString describeJsonError(const QJsonParseError &error)
{
    return QStringLiteral("request body is not valid JSON: %1 at offset %2")
        .arg(error.errorString())
        .arg(error.offset);
}

} // namespace

struct Dispatcher::Exchange
{
    HttpRequest request;
    Responder done;
    QElapsedTimer timer;
    QDateTime startedAt;
    QString requestId;
    QString correlationId;
    std::optional<PartyId> routeTo;    // echoed as OCPI-to-* on the response
    std::optional<PartyId> routeFrom;  // echoed as OCPI-from-*
    qint64 partnerId = 0;
    QString partner;
    bool quiet = false;
    bool answered = false;
};

Dispatcher::Dispatcher(const Router &router, CallerDirectory *callers, RequestLog *log,
                       const Clock &clock, DispatchSettings settings)
    : m_router(router), m_callers(callers), m_log(log), m_clock(clock), m_settings(std::move(settings))
{
}

void Dispatcher::dispatch(HttpRequest request, Responder done)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->timer.start();
    exchange->startedAt = m_clock.now();
    exchange->done = std::move(done);
    exchange->requestId = idFrom(request, "x-request-id");
    exchange->correlationId = idFrom(request, "x-correlation-id");
    exchange->request = std::move(request);
    const HttpRequest &req = exchange->request;
    const QDateTime now = exchange->startedAt;

    // HEAD is GET without a body (the server adapter drops the body).
    const QByteArray lookupMethod = req.method == "HEAD" ? QByteArray("GET") : req.method;
    const Router::Match match = m_router.match(lookupMethod, req.segments);
    if (!match.route) {
        if (match.pathKnown) {
            QList<QByteArray> allowed = m_router.methodsFor(req.segments);
            HttpResponse response = reply::error(
                {ErrorKind::MethodNotAllowed,
                 QStringLiteral("method %1 is not allowed on %2; allowed: %3")
                     .arg(QString::fromLatin1(req.method), req.path,
                          QString::fromLatin1(allowed.join(", ")))},
                now);
            response.setHeader("Allow", allowed.join(", "));
            finish(exchange, std::move(response));
        } else {
            finish(exchange, reply::error(Error::notFound(QStringLiteral("no OCPI resource at %1").arg(req.path)), now));
        }
        return;
    }
    const Route &route = *match.route;
    exchange->quiet = route.quiet;

    RouteCall call{req, match.params, std::nullopt, QJsonDocument(), std::nullopt, std::nullopt,
                   now, exchange->requestId, exchange->correlationId, m_settings.publicBase, m_settings.pageLimit};

    if (route.access != Access::Open) {
        if (!m_callers) {
            finish(exchange, reply::error({ErrorKind::Unauthorized, QStringLiteral("no credentials configured")}, now));
            return;
        }
        auto caller = authenticate(req, *m_callers);
        if (!caller) {
            finish(exchange, reply::error(caller.error(), now));
            return;
        }
        exchange->partnerId = caller->partnerId;
        exchange->partner = caller->label();
        if (route.access == Access::PartnerOnly && caller->kind != Caller::Kind::Partner) {
            finish(exchange, reply::error({ErrorKind::Unauthorized,
                                           QStringLiteral("a registration token (token A) is only valid for "
                                                          "versions, version details and credentials")},
                                          now));
            return;
        }
        m_callers->noteEncoding(*caller, caller->encoding);
        call.caller = std::move(*caller);
    }

    if (isFunctionalModule(route.module)) {
        const auto headers = RoutingHeaders::parse(req);
        if (!headers) {
            finish(exchange, reply::error(headers.error(), now));
            return;
        }
        if (Status status = resolveParties(route, call, *headers); !status) {
            finish(exchange, reply::error(status.error(), now));
            return;
        }
        exchange->routeTo = call.fromParty;
        if (call.ourParty)
            exchange->routeFrom = call.ourParty->party;
    }

    if (!route.doc.requestSchema.isEmpty() && !req.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        call.body = QJsonDocument::fromJson(req.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            finish(exchange, reply::error({ErrorKind::InvalidJson, describeJsonError(parseError)}, now));
            return;
        }
    }

    auto respond = [this, exchange](HttpResponse response) { finish(exchange, std::move(response)); };
    try {
        route.handler(call, respond);
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler for" << route.pattern << "threw:" << e.what();
        finish(exchange, reply::error(Error::internal(QStringLiteral("internal error")), now));
    } catch (...) {
        qCCritical(lcHttp) << "handler for" << route.pattern << "threw";
        finish(exchange, reply::error(Error::internal(QStringLiteral("internal error")), now));
    }
}

Status Dispatcher::resolveParties(const Route &route, RouteCall &call, const RoutingHeaders &headers) const
{
    // Which hosted party answers: the one the OCPI-to headers name, else the first one holding the
    // role this interface serves (RT-04, RT-10).
    for (const PartyRole &ours : m_settings.parties) {
        if (route.servedRole && ours.role != *route.servedRole)
            continue;
        if (headers.to && !(ours.party == *headers.to))
            continue;
        call.ourParty = ours;
        call.ourPartyAddressed = headers.to.has_value();
        break;
    }
    if (headers.to && !call.ourParty) {
        return Error{ErrorKind::UnknownParty,
                     QStringLiteral("%1 is not a party of this node (OCPI-to-country-code/OCPI-to-party-id)")
                         .arg(headers.to->toString())};
    }
    if (call.caller) {
        if (headers.from) {
            if (!mayActFor(*call.caller, *headers.from)) {
                return Error{ErrorKind::Forbidden,
                             QStringLiteral("%1 (OCPI-from-country-code/OCPI-from-party-id) is not one of "
                                            "your registered roles")
                                 .arg(headers.from->toString())};
            }
            call.fromParty = headers.from;
        } else {
            // A caller with a single party needs no routing headers (RT-10).
            std::optional<PartyId> only;
            bool single = true;
            for (const PartyRole &role : call.caller->roles) {
                if (only && !(*only == role.party))
                    single = false;
                only = role.party;
            }
            if (single)
                call.fromParty = only;
        }
    }
    return Status::success();
}

void Dispatcher::finish(const std::shared_ptr<Exchange> &exchange, HttpResponse response)
{
    if (exchange->answered) {
        qCCritical(lcHttp) << "a handler answered twice for" << exchange->request.path;
        return;
    }
    exchange->answered = true;
    response.setHeader("X-Request-ID", exchange->requestId.toLatin1());
    response.setHeader("X-Correlation-ID", exchange->correlationId.toLatin1());
    RoutingHeaders::set(response, exchange->routeTo, exchange->routeFrom);
    m_handled.fetch_add(1);

    if (m_log && !exchange->quiet) {
        const HttpRequest &req = exchange->request;
        TrafficRecord record;
        record.timestamp = exchange->startedAt;
        record.direction = TrafficRecord::Direction::Incoming;
        record.method = QString::fromLatin1(req.method);
        record.url = req.target();
        record.partnerId = exchange->partnerId;
        record.partner = exchange->partner;
        record.httpStatus = response.status;
        record.ocpiStatus = response.ocpiStatus;
        record.durationMs = double(exchange->timer.nsecsElapsed()) / 1e6;
        record.requestId = exchange->requestId;
        record.correlationId = exchange->correlationId;
        record.requestHeaders = masking::headersText(req.headers);
        record.requestBody = masking::body(req.body, m_settings.logBodyLimit);
        HeaderList responseHeaders = response.headers;
        responseHeaders.prepend({"Content-Type", response.contentType});
        record.responseHeaders = masking::headersText(responseHeaders);
        record.responseBody = masking::body(response.body, m_settings.logBodyLimit);
        record.warnings = response.warnings.join(QStringLiteral("; "));
        m_log->record(std::move(record));
    }
    if (exchange->done)
        exchange->done(std::move(response));
}

} // namespace ocpi
