#include "asyncrequests.h"

#include <QJsonArray>
#include <QThread>

namespace ocpi::cli {

QJsonValue orNull(const std::optional<QJsonObject> &object)
{
    return object ? QJsonValue(*object) : QJsonValue(QJsonValue::Null);
}

QString messageOf(const std::optional<QJsonObject> &object)
{
    if (!object)
        return QString();
    const QJsonArray texts = object->value(QStringLiteral("message")).toArray();
    return texts.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(texts.first().toObject().value(QStringLiteral("text")).toString());
}

CommandRecord waitForResult(CommandStore &store, CommandRecord request)
{
    while (true) {
        auto current = store.find(request.uid);
        if (current && current->has_value()) {
            request = **current;
            if (request.result || request.state == QLatin1String("TIMEOUT"))
                return request;
        }
        if (QDateTime::currentDateTimeUtc() > request.deadline) {
            static_cast<void>(store.expireOverdue(QDateTime::currentDateTimeUtc())); // failures are logged by the store
            if (auto expired = store.find(request.uid); expired && expired->has_value())
                return **expired;
            return request;
        }
        QThread::msleep(200);
    }
}

} // namespace ocpi::cli
