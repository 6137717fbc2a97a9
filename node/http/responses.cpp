#include "responses.h"

#include "ocpi/envelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ocpi::reply {

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

HttpResponse data(const QByteArray &dataJson, const QDateTime &now, int httpStatus)
{
    HttpResponse response;
    response.status = httpStatus;
    response.ocpiStatus = envelope::kSuccess;
    response.body = envelope::success(dataJson, now);
    return response;
}

HttpResponse json(const QJsonValue &value, const QDateTime &now, int httpStatus)
{
    return data(compactJson(value), now, httpStatus);
}

HttpResponse ok(const QDateTime &now, int httpStatus)
{
    return data(QByteArray(), now, httpStatus);
}

HttpResponse error(const Error &error, const QDateTime &now)
{
    const StatusMapping mapping = statusFor(error.kind);
    HttpResponse response;
    response.status = mapping.httpStatus;
    response.ocpiStatus = mapping.ocpiStatus;
    response.body = envelope::error(mapping.ocpiStatus, error.message, now);
    return response;
}

} // namespace ocpi::reply
