#include "httptypes.h"

#include <QUrl>

namespace ocpi {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers) {
        if (name.compare(entry.first, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::target() const
{
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + QLatin1Char('?') + q;
}

QStringList HttpRequest::splitPath(const QString &encodedPath)
{
    QStringList segments;
    for (const QStringView part : QStringView(encodedPath).split(u'/', Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0) {
            entry.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

} // namespace ocpi
