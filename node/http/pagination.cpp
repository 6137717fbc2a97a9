#include "pagination.h"

#include "core/datetime.h"
#include "router.h"

#include <QUrl>

namespace ocpi {

namespace {

Result<qint64> parseNumber(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
    if (!ok || value < 0)
        return Error::invalid(QStringLiteral("query parameter '%1' must be a non-negative integer").arg(name));
    return value;
}

Result<std::optional<QDateTime>> parseDate(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<QDateTime>();
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
    const auto value = parseDateTime(text);
    if (!value) {
        return Error::invalid(QStringLiteral("query parameter '%1' is not an OCPI DateTime "
                                             "(YYYY-MM-DDThh:mm:ssZ): '%2'")
                                  .arg(name, text.left(40)));
    }
    return std::optional<QDateTime>(*value);
}

} // namespace

Result<PageRequest> PageRequest::parse(const QUrlQuery &query, int maxLimit)
{
    PageRequest page;
    const auto offset = parseNumber(query, QStringLiteral("offset"), 0);
    if (!offset)
        return offset.error();
    const auto limit = parseNumber(query, QStringLiteral("limit"), maxLimit);
    if (!limit)
        return limit.error();
    const auto from = parseDate(query, QStringLiteral("date_from"));
    if (!from)
        return from.error();
    const auto to = parseDate(query, QStringLiteral("date_to"));
    if (!to)
        return to.error();
    page.offset = *offset;
    page.limit = int(qMin<qint64>(*limit, maxLimit));
    page.dateFrom = *from;
    page.dateTo = *to;
    return page;
}

void addPageHeaders(HttpResponse &response, const RouteCall &call, const PageRequest &page,
                    qsizetype returned, qint64 total, int maxLimit)
{
    response.setHeader("X-Total-Count", QByteArray::number(total));
    response.setHeader("X-Limit", QByteArray::number(maxLimit));
    const qint64 nextOffset = page.offset + returned;
    if (returned == 0 || nextOffset >= total)
        return;
    QUrlQuery next;
    for (const auto &[key, value] : call.request.query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("offset") && key != QLatin1String("limit"))
            next.addQueryItem(key, value);
    }
    next.addQueryItem(QStringLiteral("offset"), QString::number(nextOffset));
    next.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    // QUrlQuery leaves '+' alone; encode it so a peer never reads it as a space.
    QString encoded = next.toString(QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QStringLiteral("%2B"));
    const QString url = call.publicBase + call.request.path + QLatin1Char('?') + encoded;
    response.setHeader("Link", "<" + url.toUtf8() + ">; rel=\"next\"");
}

} // namespace ocpi
