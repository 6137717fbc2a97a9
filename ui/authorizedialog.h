#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ocpi {

class ObjectsController;

// Asks our own token authorization what a CPO would get for a token (TOK-04..07): the decision of
// the node's TokensManager, shown as the AuthorizationInfo JSON, or the error with its OCPI status
// code (2004 for an unknown token, 2001 for a malformed request, 2002 when the manager needs
// location references).
class AuthorizeDialog : public QDialog
{
    Q_OBJECT

public:
    AuthorizeDialog(ObjectsController &objects, const QString &uid, const QString &type, QWidget *parent = nullptr);

    QLineEdit *uidEdit() const { return m_uid; }
    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *locationEdit() const { return m_location; }
    QLineEdit *evsesEdit() const { return m_evses; }
    QPushButton *authorizeButton() const { return m_authorize; }
    // "ALLOWED", "BLOCKED", ... or the error line; empty before the first answer.
    QString outcome() const;
    QString resultText() const;
    int answers() const { return m_answers; }

public slots:
    void authorize();

private:
    ObjectsController &m_objects;
    QLineEdit *m_uid;
    QComboBox *m_type;
    QLineEdit *m_location;
    QLineEdit *m_evses;
    QPushButton *m_authorize;
    QLabel *m_outcome;
    QPlainTextEdit *m_result;
    int m_answers = 0;
};

} // namespace ocpi
