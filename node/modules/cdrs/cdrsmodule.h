#pragma once

#include "cdrsmanager.h"
#include "cdrservice.h"
#include "modules/ownedobjectsmodule.h"

namespace ocpi {

class CdrsModule final : public OwnedObjectsModule<CdrService, CdrsManager, SqlCdrsManager>
{
public:
    QString description() const override;
    QList<Migration> migrations() const override;
    Status open(const ModuleContext &context) override;
    void close() override;
    void mount(Router &router, const ServedInterface &served, const QString &path) override;
    // A refused CDR POST is never turned into anything else (CDR-04): kept for the operator.
    RefusalPolicy refusalPolicy() const override { return RefusalPolicy::Park; }

private:
    Outbox *m_outbox = nullptr;
};

} // namespace ocpi
