#pragma once

#include "objectlistpage.h"

class QTreeView;

namespace ocpi {

class LocationsModel;

// Locations (LOC-*) as a tree Location > EVSE > Connector, ours and partners'. Ours can be created
// and edited as a whole Location (JSON), and an EVSE's status set directly (LocationService::
// setEvseStatus, pushed to partners as a PATCH of that EVSE, LOC-19).
class LocationsPage : public ObjectListPage
{
    Q_OBJECT

public:
    explicit LocationsPage(NodeController &node, QWidget *parent = nullptr);

    LocationsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *statusCombo() const { return m_status; }
    QPushButton *setStatusButton() const { return m_setStatus; }

    // Selects an EVSE (expanding its Location); false when it is not shown.
    bool selectEvse(const QString &locationIdentity, const QString &evseUid);

public slots:
    // Sets the selected EVSE (or the EVSE of the selected Connector) to the combo's status.
    void setSelectedEvseStatus();

protected:
    void applySteps(RowSteps<ObjectRow> steps) override;
    const ObjectRow *objectAt(const QModelIndex &sourceIndex) const override;
    QJsonObject newObjectTemplate(const PartyRole &owner) const override;
    QString editorNote() const override;
    void updateActions() override;

private:
    QString selectedEvseUid() const;

    LocationsModel *m_model;
    QTreeView *m_view;
    QComboBox *m_status;
    QPushButton *m_setStatus;
    QString m_statusFor; // the EVSE whose status the combo was set from
};

} // namespace ocpi
