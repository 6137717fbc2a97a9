#include "harwriter.h"

#include "loggedheaders.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ocpi::har {

namespace {

constexpr auto kHttpVersion = "HTTP/1.1";

QByteArray maskedAuthorization(const QByteArray &value)
{
    // secrets::mask() ends what it shows with "…(N chars)".
    static const QRegularExpression masked(QStringLiteral("…\\(\\d+ chars\\)$|\\(none\\)$"));
    return masked.match(QString::fromUtf8(value)).hasMatch() ? value : masking::authorization(value);
}

QJsonArray headersJson(const HeaderList &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers) {
        const bool isAuthorization = name.compare("authorization", Qt::CaseInsensitive) == 0;
        out.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(name)},
                               {QStringLiteral("value"),
                                QString::fromUtf8(isAuthorization ? maskedAuthorization(value) : value)}});
    }
    return out;
}

QString absoluteUrl(const TrafficRecord &record, const HeaderList &requestHeaders, const QString &fallbackOrigin)
{
    const QUrl url(record.url);
    if (!url.isRelative())
        return record.url;
    const QByteArray host = loggedheaders::value(requestHeaders, "Host");
    const QString origin = host.isEmpty() ? fallbackOrigin : QStringLiteral("http://") + QString::fromUtf8(host);
    return origin + record.url;
}

QJsonArray queryJson(const QString &url)
{
    QJsonArray out;
    const QUrlQuery query(QUrl(url).query(QUrl::FullyEncoded));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        out.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return out;
}

QString mimeTypeOf(const HeaderList &headers, const QByteArray &body)
{
    const QByteArray type = loggedheaders::value(headers, "Content-Type");
    if (!type.isEmpty())
        return QString::fromUtf8(type);
    return body.isEmpty() ? QString() : QStringLiteral("application/json");
}

QJsonObject requestJson(const TrafficRecord &record, const QString &fallbackOrigin)
{
    const HeaderList headers = loggedheaders::parse(record.requestHeaders);
    const QString url = absoluteUrl(record, headers, fallbackOrigin);
    QJsonObject request{{QStringLiteral("method"), record.method},
                        {QStringLiteral("url"), url},
                        {QStringLiteral("httpVersion"), QLatin1String(kHttpVersion)},
                        {QStringLiteral("headers"), headersJson(headers)},
                        {QStringLiteral("queryString"), queryJson(url)},
                        {QStringLiteral("cookies"), QJsonArray()},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), record.requestBody.size()}};
    if (!record.requestBody.isEmpty()) {
        request.insert(QStringLiteral("postData"),
                       QJsonObject{{QStringLiteral("mimeType"), mimeTypeOf(headers, record.requestBody)},
                                   {QStringLiteral("params"), QJsonArray()},
                                   {QStringLiteral("text"), QString::fromUtf8(record.requestBody)}});
    }
    return request;
}

QJsonObject responseJson(const TrafficRecord &record)
{
    const HeaderList headers = loggedheaders::parse(record.responseHeaders);
    const bool answered = !record.isTransportFailure();
    QJsonObject response{
        {QStringLiteral("status"), record.httpStatus},
        {QStringLiteral("statusText"), answered ? QString() : record.error},
        {QStringLiteral("httpVersion"), answered ? QString::fromLatin1(kHttpVersion) : QString()},
        {QStringLiteral("headers"), headersJson(headers)},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("size"), record.responseBody.size()},
                     {QStringLiteral("mimeType"), mimeTypeOf(headers, record.responseBody)},
                     {QStringLiteral("text"), QString::fromUtf8(record.responseBody)}}},
        {QStringLiteral("redirectURL"), QString::fromUtf8(loggedheaders::value(headers, "Location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), answered ? record.responseBody.size() : -1}};
    if (record.ocpiStatus)
        response.insert(QStringLiteral("_ocpiStatus"), record.ocpiStatus);
    return response;
}

} // namespace

QJsonObject entry(const TrafficRecord &record, const QString &fallbackOrigin)
{
    QJsonObject out{
        {QStringLiteral("startedDateTime"), record.timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), record.durationMs},
        {QStringLiteral("request"), requestJson(record, fallbackOrigin)},
        {QStringLiteral("response"), responseJson(record)},
        {QStringLiteral("cache"), QJsonObject()},
        // The log measures the whole exchange only: it is all "wait"; -1 is "not known" in HAR.
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("blocked"), -1},
                                                {QStringLiteral("dns"), -1},
                                                {QStringLiteral("connect"), -1},
                                                {QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), record.durationMs},
                                                {QStringLiteral("receive"), 0},
                                                {QStringLiteral("ssl"), -1}}},
        {QStringLiteral("_direction"),
         record.direction == TrafficRecord::Direction::Outgoing ? QStringLiteral("out") : QStringLiteral("in")}};
    if (!record.partner.isEmpty())
        out.insert(QStringLiteral("_partner"), record.partner);
    if (!record.error.isEmpty())
        out.insert(QStringLiteral("_error"), record.error);
    if (!record.correlationId.isEmpty())
        out.insert(QStringLiteral("_correlationId"), record.correlationId);
    return out;
}

QJsonObject document(const QList<TrafficRecord> &records, const Creator &creator, const QString &fallbackOrigin)
{
    QList<TrafficRecord> ordered = records;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const TrafficRecord &a, const TrafficRecord &b) { return a.timestamp < b.timestamp; });
    QJsonArray entries;
    for (const TrafficRecord &record : std::as_const(ordered))
        entries.append(entry(record, fallbackOrigin));
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
         QJsonObject{{QStringLiteral("name"), creator.name}, {QStringLiteral("version"), creator.version}}},
        {QStringLiteral("pages"), QJsonArray()},
        {QStringLiteral("entries"), entries}};
    return QJsonObject{{QStringLiteral("log"), log}};
}

QByteArray toJson(const QList<TrafficRecord> &records, const Creator &creator, const QString &fallbackOrigin)
{
    return QJsonDocument(document(records, creator, fallbackOrigin)).toJson(QJsonDocument::Indented);
}

} // namespace ocpi::har
