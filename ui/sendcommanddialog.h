#pragma once

#include "commandscontroller.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace ocpi {

// The eMSP's form for one command to a partner CPO (CMD-01): the partner (registered, holding a
// CPO role), the command type, and only the fields that type takes, each with a picker fed from
// what this node holds: the partner's locations (pulled or pushed) with their EVSEs and connectors,
// its sessions, our own tokens. Sent through CommandService::send in the node thread; closes once
// the CPO answered (the command page shows the rest of its timeline), stays open on a failure.
class SendCommandDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendCommandDialog(CommandsController &commands, QWidget *parent = nullptr);

    QComboBox *partnerCombo() const { return m_partner; }
    QComboBox *typeCombo() const { return m_type; }
    QComboBox *locationCombo() const { return m_location; }
    QComboBox *evseCombo() const { return m_evse; }
    QComboBox *connectorCombo() const { return m_connector; }
    QComboBox *tokenCombo() const { return m_token; }
    QComboBox *sessionCombo() const { return m_session; }
    QDateTimeEdit *expiryEdit() const { return m_expiry; }
    QLineEdit *reservationEdit() const { return m_reservation; }
    QLineEdit *authorizationEdit() const { return m_authorization; }
    // The start of an id: the pickers offer only what starts with it (they hold at most
    // CommandsController::choiceRows() each, so an operator finds the rest by searching).
    QLineEdit *findEdit() const { return m_find; }
    QPushButton *sendButton() const { return m_send; }
    QString message() const;
    // The fields the chosen type shows: "location", "evse", "connector", "token", "session",
    // "expiry", "reservation", "authorization".
    QStringList shownFields() const;
    // Picker loads answered so far (tests wait for the next one).
    int choicesLoaded() const { return m_choicesLoaded; }
    // The command object as it would be sent now (without response_url); empty and a message
    // naming what is missing when a required field is empty.
    QJsonObject commandBody(QString *missing = nullptr) const;

public slots:
    void send();

signals:
    void sent(const CommandRecord &command);

private:
    struct FieldRule
    {
        QString field;
        bool required;
    };
    static QList<FieldRule> rulesFor(const QString &type);
    void loadTargets();
    void loadChoices();
    void showChoices(const CommandsController::Choices &choices);
    void fillEvses();
    void fillConnectors();
    void updateFields();
    void setMessage(const QString &text, bool failure);

    CommandsController &m_commands;
    QFormLayout *m_form;
    QComboBox *m_partner;
    QComboBox *m_type;
    QComboBox *m_location;
    QComboBox *m_evse;
    QComboBox *m_connector;
    QComboBox *m_token;
    QComboBox *m_session;
    QDateTimeEdit *m_expiry;
    QLineEdit *m_reservation;
    QLineEdit *m_authorization;
    QLineEdit *m_find;
    QTimer *m_findDelay;
    QLabel *m_message;
    QPushButton *m_send;
    QHash<QString, QWidget *> m_fields;
    QList<QJsonObject> m_locations;
    int m_choicesLoaded = 0;
    bool m_sending = false;
};

} // namespace ocpi
