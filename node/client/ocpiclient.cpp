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
    if (!isEnvelope)
        return text + QStringLiteral(" without an OCPI response envelope");
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
        attempt(std::move(request), false, std::move(done));
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

void OcpiClient::attempt(OutgoingRequest request, bool isRetry, Callback done)
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
            [this, reply, request, isRetry, done, timer, startedAt, requestId, http]() mutable {
        reply->deleteLater();
        OcpiReply result;
        result.encodingUsed = request.encoding;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        if (result.httpStatus == 0)
            result.networkError = reply->errorString();
        else if (result.httpStatus >= 300 && result.httpStatus < 400)
            result.networkError = QStringLiteral("redirects are not followed");
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
            record.responseBody = result.httpStatus == 0 ? result.networkError.toUtf8()
                                                         : masking::body(result.body, m_logBodyLimit);
            m_log->record(std::move(record));
        }

        const bool refused = result.httpStatus == 401 || result.httpStatus == 403;
        if (refused && request.retryOtherEncoding && !isRetry) {
            qCInfo(lcClient).noquote() << request.url << "refused the token; retrying with the"
                                       << (other(request.encoding) == TokenEncoding::Raw ? "raw" : "base64")
                                       << "encoding";
            request.encoding = other(request.encoding);
            attempt(std::move(request), true, std::move(done));
            return;
        }
        done(result);
    });
}

} // namespace ocpi
