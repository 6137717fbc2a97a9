#pragma once

#include "locationsmanager.h"
#include "locationservice.h"
#include "modules/ownedobjectsmodule.h"

namespace ocpi {

class LocationsModule final : public OwnedObjectsModule<LocationService, LocationsManager, SqlLocationsManager>
{
public:
    QString description() const override;
    QList<Migration> migrations() const override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;
};

} // namespace ocpi
