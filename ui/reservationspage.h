#pragma once

#include "reservationscontroller.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ocpi {

class CommandsController;
class ListReader;
class ObjectTableModel;
class ReservationDialog;

// Reservations (the custom module, docs/reservations.md): those this node asked partner CPOs for
// (as eMSP) and those partner eMSPs asked it for (as CPO), the newest first, with the selected
// one's JSON below. As eMSP the operator asks for one ("Ask for a reservation…"), accepts an offer
// and cancels. A node without the module says how to turn it on. The table follows
// ReservationService::reservationsChanged and, for other processes' changes, a poll while shown.
class ReservationsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReservationsPage(NodeController &node, QWidget *parent = nullptr);

    ReservationsController *controller() const { return m_reservations; }
    ObjectTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QPushButton *requestButton() const { return m_request; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString outcomeText() const;
    // Listings applied so far (tests wait for the next one).
    int listingCount() const { return m_listings; }

    bool selectReservation(const QString &id);

public slots:
    void refresh();
    ReservationDialog *openRequestDialog();
    // ACCEPTED or CANCELLED for the selected reservation, sent to its CPO.
    void answerSelected(const QString &status);

signals:
    void listed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onListed(const Result<ObjectListing> &listing);
    void showCurrent();
    void updateActions();
    void setOutcome(const QString &text, bool failure);
    // The selected row's reservation, when it is one we asked for (the eMSP side).
    const struct ObjectRow *selectedOwn() const;

    ReservationsController *m_reservations;
    CommandsController *m_objects;
    ObjectTableModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_request;
    QPushButton *m_accept;
    QPushButton *m_cancel;
    QLabel *m_outcome;
    QLabel *m_summary;
    ListReader *m_reader;
    QString m_selectAfterRefresh;
    int m_listings = 0;
};

} // namespace ocpi
