#pragma once

#include "chargingprofilescontroller.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ocpi {

class ChargingProfileDialog;
class ChargingProfilesModel;
class ListReader;
class ProfileChart;

// Charging profiles (CP-*) in both roles: as eMSP, the limits we asked partner CPOs to put on our
// drivers' sessions, with their results and the ActiveChargingProfile the CPOs pushed; as CPO, the
// limits partner eMSPs put on our sessions. The selected row's limit is drawn below the table.
// For a partner CPO's session the operator sets a limit (the dialog the Sessions page opens too),
// asks for the active profile or clears it, through ChargingProfileService::send as `ocpi-node
// profile` does. The table follows ChargingProfileService::requestChanged and, for other
// processes' changes, a poll while shown.
class ChargingProfilesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChargingProfilesPage(NodeController &node, QWidget *parent = nullptr);

    ChargingProfilesController *controller() const { return m_profiles; }
    ChargingProfilesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    ProfileChart *chart() const { return m_chart; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *getButton() const { return m_get; }
    QPushButton *clearButton() const { return m_clear; }
    QString outcomeText() const;
    // Why the actions are off on this node (no eMSP party); empty when they are not.
    QString roleHintText() const;
    int listingCount() const { return m_listings; }

    bool selectEntry(const QString &key);

public slots:
    void refresh();
    ChargingProfileDialog *openSetDialog();
    // GET (the active profile, kGetAheadSeconds ahead) or CLEAR for the selected partner CPO's session.
    void requestSelected(const QString &type);

signals:
    void listed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onListed(const Result<ChargingProfilesController::Listing> &listing);
    void showCurrent();
    void updateActions();
    void setOutcome(const QString &text, bool failure);
    // The selected row, when it is a partner CPO's session we may send requests about.
    const ProfileEntry *selectedEmsp() const;
    const ProfileEntry *selected() const;
    QString describe(const QString &type, const ProfileEntry &entry) const;

    ChargingProfilesController *m_profiles;
    ChargingProfilesModel *m_model;
    QTableView *m_view;
    ProfileChart *m_chart;
    QPlainTextEdit *m_details;
    QPushButton *m_set;
    QPushButton *m_get;
    QPushButton *m_clear;
    QLabel *m_roleHint;
    QLabel *m_outcome;
    QLabel *m_summary;
    ListReader *m_reader;
    QString m_awaited;      // uid of the request whose result the outcome line waits for
    QString m_awaitedLabel; // "GET on S1 at CPO node"
    bool m_busy = false;
    int m_listings = 0;
};

} // namespace ocpi
