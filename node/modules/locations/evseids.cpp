#include "evseids.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ocpi::evseids {

bool isEmi3(const QString &evseId)
{
    static const QRegularExpression format(QStringLiteral("^[A-Z]{2}(\\*?)[A-Z0-9]{3}\\1E[A-Z0-9][A-Z0-9*]{0,30}$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return format.match(evseId).hasMatch();
}

QStringList deviations(const QJsonObject &locationOrEvse)
{
    QStringList found;
    if (const QJsonValue own = locationOrEvse.value(QLatin1String("evse_id")); own.isString() && !isEmi3(own.toString()))
        found << QStringLiteral("evse_id: '%1'").arg(own.toString());
    const QJsonArray evses = locationOrEvse.value(QLatin1String("evses")).toArray();
    for (qsizetype i = 0; i < evses.size(); ++i) {
        const QJsonValue evseId = evses.at(i).toObject().value(QLatin1String("evse_id"));
        if (evseId.isString() && !isEmi3(evseId.toString()))
            found << QStringLiteral("evses[%1].evse_id: '%2'").arg(i).arg(evseId.toString());
    }
    return found;
}

} // namespace ocpi::evseids
