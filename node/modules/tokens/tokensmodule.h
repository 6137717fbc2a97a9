#pragma once

#include "modules/ownedobjectsmodule.h"
#include "tokensmanager.h"
#include "tokenservice.h"

namespace ocpi {

class TokensModule final : public OwnedObjectsModule<TokenService, TokensManager, SqlTokensManager>
{
public:
    QString description() const override;
    QList<Migration> migrations() const override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;
};

} // namespace ocpi
