#include "sessionsmanager.h"

#include <QJsonDocument>

namespace ocpi {

Result<QString> SqlSessionsManager::chargingPreferences(const StoredObject &session, const QJsonObject &preferences)
{
    const QString status = QJsonDocument::fromJson(session.json).object().value(QStringLiteral("status")).toString();
    if (status != QStringLiteral("PENDING") && status != QStringLiteral("ACTIVE"))
        return QStringLiteral("NOT_POSSIBLE");
    const QString profile = preferences.value(QStringLiteral("profile_type")).toString();
    const bool scheduled = profile == QStringLiteral("CHEAP") || profile == QStringLiteral("GREEN");
    if (scheduled && !preferences.contains(QStringLiteral("departure_time")))
        return QStringLiteral("DEPARTURE_REQUIRED");
    return QStringLiteral("ACCEPTED");
}

} // namespace ocpi
