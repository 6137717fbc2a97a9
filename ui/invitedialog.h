#pragma once

#include <QDialog>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ocpi {

class PartnerController;

// Invites a partner: asks for a name, has the node issue a token A (CRED-06), then shows that
// token once, with our versions URL, for the operator to hand over out of band. The node keeps
// only a hash of the token, so it can never be shown again; the field is cleared when the dialog
// closes.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InviteDialog(PartnerController &partners, QWidget *parent = nullptr);
    ~InviteDialog() override;

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *inviteButton() const { return m_invite; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *copyTokenButton() const { return m_copyToken; }
    QString versionsUrlText() const;
    QString errorText() const;
    bool hasInvited() const { return m_partnerId != 0; }
    // Cancel before the invitation, Close after it.
    QPushButton *closeButton() const;

    void done(int result) override;

signals:
    void invited(qint64 partnerId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void invite();

    PartnerController &m_partners;
    QLineEdit *m_name;
    QPushButton *m_invite;
    QLabel *m_error;
    QGroupBox *m_result;
    QLineEdit *m_token;
    QPushButton *m_copyToken;
    QLineEdit *m_versionsUrl;
    QLabel *m_validUntil;
    QLabel *m_copied;
    QDialogButtonBox *m_buttons;
    qint64 m_partnerId = 0;
};

} // namespace ocpi
