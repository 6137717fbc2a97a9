#pragma once

#include "modules/ownedobjectsmodule.h"
#include "sessionservice.h"
#include "sessionsmanager.h"

namespace ocpi {

class SessionsModule final : public OwnedObjectsModule<SessionService, SessionsManager, SqlSessionsManager>
{
public:
    QString description() const override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;
};

} // namespace ocpi
