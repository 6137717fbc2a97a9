#include "tokensmodule.h"

#include "tokensroutes.h"

namespace ocpi {

QString TokensModule::description() const
{
    return QStringLiteral("Tokens: drivers' cards and apps, and real-time authorization (TOK)");
}

QList<Migration> TokensModule::migrations() const
{
    return OwnedObjectsModule::migrations() << AuthorizationStore::migration();
}

void TokensModule::mount(Router &router, const ServedInterface &served, const QString &path)
{
    tokens::mount(router, service(), served.role, path);
}

} // namespace ocpi
