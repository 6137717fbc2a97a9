#pragma once

#include "commandscontroller.h"
#include "reservationscontroller.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace ocpi {

// The eMSP's form for a reservation at a partner CPO (docs/reservations.md): the partner (one that
// announces the reservations Sender interface), one of its locations as this node holds them and
// optionally an EVSE, one of our tokens, the window, and whether to accept the offer at once. The
// request goes out through ReservationService::send; the dialog closes once the CPO answered (the
// page shows the offer or the refusal) and stays open, saying why, when the exchange failed.
class ReservationDialog : public QDialog
{
    Q_OBJECT

public:
    ReservationDialog(ReservationsController &reservations, CommandsController &objects, QWidget *parent = nullptr);

    QComboBox *partnerCombo() const { return m_partner; }
    QComboBox *locationCombo() const { return m_location; }
    QComboBox *evseCombo() const { return m_evse; }
    QComboBox *tokenCombo() const { return m_token; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QCheckBox *acceptBox() const { return m_accept; }
    QPushButton *requestButton() const { return m_request; }
    QString message() const;
    // Picker loads answered so far (tests wait for the next one).
    int choicesLoaded() const { return m_choicesLoaded; }

public slots:
    void request();

signals:
    // The CPO's answer: the reservation OFFERED (ACCEPTED with "accept at once") or REJECTED.
    void answered(const QJsonObject &reservation);

private:
    void loadTargets();
    void loadChoices();
    void acceptOffer(qint64 partnerId, const QJsonObject &offer);
    void finish(const QJsonObject &reservation);
    void fail(const QString &what, const Error &error);
    void setMessage(const QString &text, bool failure);

    ReservationsController &m_reservations;
    CommandsController &m_objects;
    QComboBox *m_partner;
    QComboBox *m_location;
    QComboBox *m_evse;
    QComboBox *m_token;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QCheckBox *m_accept;
    QLabel *m_message;
    QPushButton *m_request;
    QList<QJsonObject> m_locations;
    int m_choicesLoaded = 0;
    bool m_busy = false;
};

} // namespace ocpi
