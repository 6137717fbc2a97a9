#pragma once

#include "objecttablepage.h"

class QPushButton;

namespace ocpi {

class ChargingProfileDialog;

// Sessions (SES-*): ours (as CPO, pushed to eMSPs) and partners' (as eMSP), with status, energy,
// duration and cost; rows update as PATCHes with new charging periods arrive.
class SessionsPage : public ObjectTablePage
{
    Q_OBJECT

public:
    explicit SessionsPage(NodeController &node, QWidget *parent = nullptr);

    QPushButton *profileButton() const { return m_profile; }

public slots:
    // The charging profile of the selected session, when it is a partner CPO's ongoing session (CP).
    ChargingProfileDialog *openProfileDialog();

protected:
    QJsonObject newObjectTemplate(const PartyRole &owner) const override;
    QString editorNote() const override;
    void updateActions() override;

private:
    static QList<ObjectTableModel::Column> columns();

    NodeController &m_node;
    QPushButton *m_profile = nullptr;
};

} // namespace ocpi
