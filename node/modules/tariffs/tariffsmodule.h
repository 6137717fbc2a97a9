#pragma once

#include "modules/ownedobjectsmodule.h"
#include "tariffsmanager.h"
#include "tariffservice.h"

namespace ocpi {

class TariffsModule final : public OwnedObjectsModule<TariffService, TariffsManager, SqlTariffsManager>
{
public:
    QString description() const override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;
};

} // namespace ocpi
