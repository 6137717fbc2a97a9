#pragma once

#include "objecttablepage.h"

namespace ocpi {

// Sessions (SES-*): ours (as CPO, pushed to eMSPs) and partners' (as eMSP), with status, energy,
// duration and cost; rows update as PATCHes with new charging periods arrive.
class SessionsPage : public ObjectTablePage
{
    Q_OBJECT

public:
    explicit SessionsPage(NodeController &node, QWidget *parent = nullptr);

protected:
    QJsonObject newObjectTemplate(const PartyRole &owner) const override;
    QString editorNote() const override;

private:
    static QList<ObjectTableModel::Column> columns();
};

} // namespace ocpi
