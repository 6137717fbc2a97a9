#pragma once

#include "core/result.h"
#include "store/objecttable.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ocpi::tokenjson {

// AllowedType values (TOK-05).
inline QString allowed() { return QStringLiteral("ALLOWED"); }
inline QString blocked() { return QStringLiteral("BLOCKED"); }

// The token's `valid` flag (TOK-12).
bool isValid(const QJsonObject &token);

// An AuthorizationInfo without `token` (the service adds the stored one).
QJsonObject authorizationInfo(const QString &allowedType, const std::optional<QJsonObject> &location = std::nullopt,
                              const QString &authorizationReference = QString(),
                              const std::optional<QJsonObject> &info = std::nullopt);
QJsonObject displayText(const QString &language, const QString &text);

// The token an AuthorizationInfo carries, put in (replacing whatever the decision said).
QJsonObject withToken(QJsonObject authorizationInfo, const QJsonObject &token);

} // namespace ocpi::tokenjson
