#include "tokenjson.h"

namespace ocpi::tokenjson {

namespace {

const QString kLastUpdated = QStringLiteral("last_updated");

} // namespace

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

bool hasLastUpdated(const QJsonObject &patch)
{
    const QJsonValue value = patch.value(kLastUpdated);
    return !value.isUndefined() && !value.isNull();
}

QJsonObject withLastUpdated(QJsonObject patch, const QString &lastUpdated)
{
    patch.insert(kLastUpdated, lastUpdated);
    return patch;
}

Status checkPatchNames(const QJsonObject &patch, const ObjectKey &key)
{
    struct Part
    {
        const char *field;
        QString expected; // upper case, as keys are (GEN-03)
        const char *rule;
    };
    const Part parts[] = {
        {"country_code", key.owner.countryCode, "TF-12"},
        {"party_id", key.owner.partyId, "TF-12"},
        {"uid", key.id, "TF-13"},
        {"type", key.subKey, "TOK-02"},
    };
    for (const Part &part : parts) {
        const QString field = QLatin1String(part.field);
        if (!patch.contains(field))
            continue;
        const QString given = patch.value(field).toString();
        if (given.toUpper() != part.expected) {
            return Error::invalid(QStringLiteral("%1: the body names '%2' but the URL '%3' (%4)")
                                      .arg(field, given, part.expected, QLatin1String(part.rule)));
        }
    }
    return Status::success();
}

QJsonObject merged(QJsonObject token, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        token.insert(it.key(), it.value());
    return token;
}

} // namespace ocpi::tokenjson
