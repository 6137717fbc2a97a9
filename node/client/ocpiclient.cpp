#include "ocpiclient.h"

#include "core/logging.h"
#include "traffic/requestlog.h"
#include "urlguard.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace ocpi {

namespace {

QByteArray authorizationFor(const QString &token, TokenEncoding encoding)
{
    const QByteArray bytes = token.toUtf8();
    return "Token " + (encoding == TokenEncoding::Base64 ? bytes.toBase64() : bytes);
}

TokenEncoding other(TokenEncoding encoding)
{
    return encoding == TokenEncoding::Base64 ? TokenEncoding::Raw : TokenEncoding::Base64;
}

constexpr qsizetype kBodyExcerpt = 200;

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultPort = a.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

void readEnvelope(OcpiReply &reply)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return;
    const QJsonObject object = document.object();
    const QJsonValue status = object.value(QLatin1String("status_code"));
    if (!status.isDouble())
        return;
    reply.isEnvelope = true;
    reply.ocpiStatus = status.toInt();
    reply.statusMessage = object.value(QLatin1String("status_message")).toString();
    reply.data = object.value(QLatin1String("data"));
}

} // namespace

bool OcpiReply::ok() const
{
    return httpStatus >= 200 && httpStatus < 300 && isEnvelope && ocpiStatus >= 1000 && ocpiStatus < 2000;
}

QString OcpiReply::describe() const
{
    if (httpStatus == 0)
        return networkError.isEmpty() ? QStringLiteral("no answer") : networkError;
    QString text = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!networkError.isEmpty())
        return text + QStringLiteral(": ") + networkError;
    if (!isEnvelope) {
        // What a framework says without the envelope ("field required") is all the operator gets.
        text += QStringLiteral(" without an OCPI response envelope");
        const QString excerpt = QString::fromUtf8(body.left(kBodyExcerpt)).simplified();
        if (!excerpt.isEmpty())
            text += QStringLiteral(": ") + excerpt + (body.size() > kBodyExcerpt ? QStringLiteral("...") : QString());
        return text;
    }
    text += QStringLiteral(", OCPI %1").arg(ocpiStatus);
    if (!statusMessage.isEmpty())
        text += QStringLiteral(": ") + statusMessage.left(300);
    return text;
}

QByteArray OcpiReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

std::optional<qint64> OcpiReply::retryAfterMs(const QDateTime &now) const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT". Qt's RFC 2822 reader wants a numeric zone.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(3) + QLatin1String("+0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, now.msecsTo(at));
}

qint64 OcpiReply::retryDelayMs(qint64 backoffMs, qint64 maxRetryAfterMs, const QDateTime &now) const
{
    if (httpStatus != 429 && httpStatus != 503)
        return backoffMs;
    const auto asked = retryAfterMs(now);
    return asked ? qMax(backoffMs, qMin(*asked, maxRetryAfterMs)) : backoffMs;
}

bool OcpiReply::isTransient() const
{
    if (httpStatus == 0 || httpStatus >= 500 || httpStatus == 408 || httpStatus == 425 || httpStatus == 429)
        return true;
    return httpStatus >= 200 && httpStatus < 300 && isEnvelope && ocpiStatus >= 3000 && ocpiStatus < 4000;
}

bool OcpiReply::isRefusal() const
{
    if (httpStatus == 401 || httpStatus == 403 || httpStatus == 408 || httpStatus == 425 || httpStatus == 429)
        return false;
    return (httpStatus >= 400 && httpStatus < 500) || (isEnvelope && ocpiStatus >= 2000 && ocpiStatus < 3000);
}

QJsonArray OcpiReply::dataAsList() const
{
    if (data.isArray())
        return data.toArray();
    if (data.isObject())
        return QJsonArray{data};
    return QJsonArray();
}

QJsonObject OcpiReply::dataAsObject() const
{
    if (data.isObject())
        return data.toObject();
    if (data.isArray() && data.toArray().size() == 1 && data.toArray().first().isObject())
        return data.toArray().first().toObject();
    return QJsonObject();
}

OcpiClient::OcpiClient(RequestLog *log, const Clock &clock, qsizetype logBodyLimit, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_guard(new UrlGuard(this)), m_log(log),
      m_clock(clock), m_logBodyLimit(logBodyLimit)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

OcpiClient::~OcpiClient() = default;

QByteArray OcpiClient::userAgent()
{
    return QByteArrayLiteral("ocpi-node/" OCPI_NODE_VERSION);
}

QString OcpiClient::joinUrl(const QString &base, const QStringList &segments)
{
    QString url = base;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    for (const QString &segment : segments)
        url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return url;
}

void OcpiClient::send(OutgoingRequest request, Callback done)
{
    if (request.correlationId.isEmpty())
        request.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString url = request.url;
    m_guard->check({url}, [this, request = std::move(request), done = std::move(done)](Status allowed) mutable {
        if (!allowed) {
            const QString partner = request.partner.isEmpty() ? QStringLiteral("a partner") : request.partner;
            qCWarning(lcClient).noquote() << "not calling" << partner + QLatin1Char(':') << allowed.error().message;
            OcpiReply refused;
            refused.networkError = allowed.error().message;
            done(refused);
            return;
        }
        attempt(std::move(request), false, 0, std::move(done));
    });
}

void OcpiClient::setUrlPolicy(PartnerUrlPolicy policy)
{
    m_guard->setPolicy(policy);
}

PartnerUrlPolicy OcpiClient::urlPolicy() const
{
    return m_guard->policy();
}

void OcpiClient::checkUrls(const QStringList &urls, std::function<void(Status)> done)
{
    m_guard->check(urls, std::move(done));
}

void OcpiClient::attempt(OutgoingRequest request, bool isRetry, int redirects, Callback done)
{
    const QUrl url(request.url);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        OcpiReply reply;
        reply.networkError = QStringLiteral("not an http(s) URL: %1").arg(request.url.left(255));
        done(reply);
        return;
    }
    QNetworkRequest http(url);
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    http.setRawHeader("Authorization", authorizationFor(request.token, request.encoding));
    http.setRawHeader("X-Request-ID", requestId.toLatin1());
    http.setRawHeader("X-Correlation-ID", request.correlationId.toLatin1());
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!request.body.isEmpty())
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (request.to) {
        http.setRawHeader("OCPI-to-country-code", request.to->countryCode.toLatin1());
        http.setRawHeader("OCPI-to-party-id", request.to->partyId.toLatin1());
    }
    if (request.from) {
        http.setRawHeader("OCPI-from-country-code", request.from->countryCode.toLatin1());
        http.setRawHeader("OCPI-from-party-id", request.from->partyId.toLatin1());
    }
    http.setTransferTimeout(request.timeoutMs > 0 ? request.timeoutMs : m_timeoutMs);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QDateTime startedAt = m_clock.now();
    QNetworkReply *reply = m_network->sendCustomRequest(http, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, isRetry, redirects, done, timer, startedAt, requestId, http]() mutable {
        reply->deleteLater();
        OcpiReply result;
        result.encodingUsed = request.encoding;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (result.httpStatus == 0)
            result.networkError = reply->errorString();
        readEnvelope(result);

        if (m_log) {
            TrafficRecord record;
            record.timestamp = startedAt;
            record.direction = TrafficRecord::Direction::Outgoing;
            record.method = QString::fromLatin1(request.method);
            record.url = request.url;
            record.partnerId = request.partnerId;
            record.partner = request.partner;
            record.httpStatus = result.httpStatus;
            record.ocpiStatus = result.isEnvelope ? result.ocpiStatus : 0;
            record.durationMs = double(timer->nsecsElapsed()) / 1e6;
            record.requestId = requestId;
            record.correlationId = request.correlationId;
            HeaderList sent;
            for (const QByteArray &name : http.rawHeaderList())
                sent.append({name, http.rawHeader(name)});
            record.requestHeaders = masking::headersText(sent);
            record.requestBody = masking::body(request.body, m_logBodyLimit);
            record.responseHeaders = masking::headersText(result.headers);
            record.responseBody = masking::body(result.body, m_logBodyLimit);
            if (result.httpStatus == 0)
                record.error = result.networkError;
            m_log->record(std::move(record));
        }

        if (result.httpStatus >= 300 && result.httpStatus < 400 && followRedirect(request, isRetry, redirects, result, done))
            return;
        const bool refused = result.httpStatus == 401 || result.httpStatus == 403;
        if (refused && request.retryOtherEncoding && !isRetry) {
            qCInfo(lcClient).noquote() << request.url << "refused the token; retrying with the"
                                       << (other(request.encoding) == TokenEncoding::Raw ? "raw" : "base64")
                                       << "encoding";
            request.encoding = other(request.encoding);
            attempt(std::move(request), true, redirects, std::move(done));
            return;
        }
        done(result);
    });
}

bool OcpiClient::followRedirect(const OutgoingRequest &request, bool isRetry, int redirects, OcpiReply &reply,
                                const Callback &done)
{
    const QUrl from(request.url);
    const QByteArray location = reply.header("Location").trimmed();
    const QUrl to = from.resolved(QUrl(QString::fromUtf8(location)));
    const QString partner = request.partner.isEmpty() ? QStringLiteral("the partner") : request.partner;
    const int status = reply.httpStatus;
    const bool keepsMethod = status == 307 || status == 308;
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (location.isEmpty() || !to.isValid() || (!keepsMethod && status != 301 && status != 302 && status != 303)) {
        reply.networkError = QStringLiteral("a redirect without a usable Location");
    } else if (!sameOrigin(from, to)) {
        reply.networkError = QStringLiteral("%1 redirected to another origin %2; our token is not sent there")
                                 .arg(partner, originOf(to).left(255));
    } else if (!keepsMethod && !get) {
        reply.networkError = QStringLiteral("a %1 redirect of a %2 is not followed: it would turn into a GET without the "
                                            "body (a 307 or 308 keeps the method)")
                                 .arg(status).arg(QString::fromLatin1(request.method));
    } else if (redirects >= kMaxRedirects) {
        reply.networkError = QStringLiteral("more than %1 redirects").arg(kMaxRedirects);
    } else {
        OutgoingRequest next = request;
        next.url = to.toString(QUrl::FullyEncoded);
        if (!keepsMethod)
            next.body.clear();
        qCInfo(lcClient).noquote() << request.url << "redirects to" << next.url;
        m_guard->check({next.url}, [this, next = std::move(next), isRetry, redirects, done](Status allowed) mutable {
            if (!allowed) {
                OcpiReply refused;
                refused.networkError = allowed.error().message;
                done(refused);
                return;
            }
            attempt(std::move(next), isRetry, redirects + 1, done);
        });
        return true;
    }
    qCWarning(lcClient).noquote() << "not following the redirect of" << request.url << ":" << reply.networkError;
    return false;
}

} // namespace ocpi
