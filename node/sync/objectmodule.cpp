#include "objectmodule.h"

#include <QUrl>

namespace ocpi {

QString ObjectModule::objectPath(const QString &countryCode, const QString &partyId, const QString &id,
                                 const QString &type) const
{
    QString path;
    for (const QString &segment : {countryCode, partyId, id})
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    if (keyHasType && !type.isEmpty())
        path += QStringLiteral("?type=") + type;
    return path;
}

} // namespace ocpi
