#include "tokenjson.h"

namespace ocpi::tokenjson {

bool isValid(const QJsonObject &token)
{
    return token.value(QLatin1String("valid")).toBool(false);
}

QJsonObject authorizationInfo(const QString &allowedType, const std::optional<QJsonObject> &location,
                              const QString &authorizationReference, const std::optional<QJsonObject> &info)
{
    QJsonObject object{{QStringLiteral("allowed"), allowedType}};
    if (location)
        object.insert(QStringLiteral("location"), *location);
    if (!authorizationReference.isEmpty())
        object.insert(QStringLiteral("authorization_reference"), authorizationReference);
    if (info)
        object.insert(QStringLiteral("info"), *info);
    return object;
}

QJsonObject displayText(const QString &language, const QString &text)
{
    return {{QStringLiteral("language"), language}, {QStringLiteral("text"), text}};
}

QJsonObject withToken(QJsonObject authorizationInfo, const QJsonObject &token)
{
    authorizationInfo.insert(QStringLiteral("token"), token);
    return authorizationInfo;
}

} // namespace ocpi::tokenjson
