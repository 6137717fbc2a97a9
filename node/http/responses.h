#pragma once

#include "core/error.h"
#include "httptypes.h"

#include <QDateTime>
#include <QJsonValue>

namespace ocpi::reply {

// A success envelope around raw `data` JSON (empty = no data field).
HttpResponse data(const QByteArray &dataJson, const QDateTime &now, int httpStatus = 200);
// A success envelope around a JSON value.
HttpResponse json(const QJsonValue &data, const QDateTime &now, int httpStatus = 200);
// Success without data (TF-19: pushes get none).
HttpResponse ok(const QDateTime &now, int httpStatus = 200);
// Any failure, through the one status table.
HttpResponse error(const Error &error, const QDateTime &now);

QByteArray compactJson(const QJsonValue &value);

} // namespace ocpi::reply
