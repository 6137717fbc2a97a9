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

const QList<ObjectModule> &objectModules()
{
    static const QList<ObjectModule> modules = {
        {QStringLiteral("locations"), QStringLiteral("Location"), QStringLiteral("id"), Role::CPO, Role::EMSP, false},
        {QStringLiteral("tariffs"), QStringLiteral("Tariff"), QStringLiteral("id"), Role::CPO, Role::EMSP, false},
        {QStringLiteral("tokens"), QStringLiteral("Token"), QStringLiteral("uid"), Role::EMSP, Role::CPO, true},
    };
    return modules;
}

std::optional<ObjectModule> objectModule(const QString &identifier)
{
    for (const ObjectModule &module : objectModules()) {
        if (module.identifier == identifier)
            return module;
    }
    return std::nullopt;
}

} // namespace ocpi
