#include "invitedialog.h"

#include "partnercontroller.h"
#include "partnersmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ocpi {

InviteDialog::InviteDialog(PartnerController &partners, QWidget *parent) : QDialog(parent), m_partners(partners)
{
    setWindowTitle(tr("Invite a partner"));

    auto *intro = new QLabel(tr("The node issues a registration token (token A) for the new partner. Hand it over "
                                "together with this node's versions URL through a secure channel; the partner "
                                "then registers with this node."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. the partner's company name"));
    m_invite = new QPushButton(tr("Invite"), this);
    m_invite->setDefault(true);
    auto *nameRow = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_invite);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->hide();

    m_result = new QGroupBox(tr("Token A"), this);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_token = new QLineEdit(m_result);
    m_token->setReadOnly(true);
    m_token->setAccessibleName(tr("Token A"));
    m_token->setFont(fixed);
    // The whole token in view: operators compare it by eye with what the partner received.
    m_token->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QString(48, QLatin1Char('W'))) + 12);
    m_copyToken = new QPushButton(tr("Copy"), m_result);
    m_copyToken->setAccessibleName(tr("Copy token A"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copyToken);
    m_versionsUrl = new QLineEdit(m_result);
    m_versionsUrl->setReadOnly(true);
    m_versionsUrl->setAccessibleName(tr("Versions URL"));
    auto *copyUrl = new QPushButton(tr("Copy"), m_result);
    copyUrl->setAccessibleName(tr("Copy the versions URL"));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_versionsUrl, 1);
    urlRow->addWidget(copyUrl);
    m_validUntil = new QLabel(m_result);
    auto *warning = new QLabel(tr("<b>This token is shown only now.</b> The node keeps only a fingerprint of it and "
                                  "cannot show it again; copy it before closing this window."),
                               m_result);
    warning->setWordWrap(true);
    m_copied = new QLabel(m_result);
    auto *form = new QFormLayout(m_result);
    form->addRow(tr("Token:"), tokenRow);
    form->addRow(tr("Our versions URL:"), urlRow);
    form->addRow(tr("Valid until:"), m_validUntil);
    form->addRow(warning);
    form->addRow(m_copied);
    m_result->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(nameRow);
    layout->addWidget(m_error);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_invite, &QPushButton::clicked, this, &InviteDialog::invite);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_token->text());
        m_copied->setText(tr("Token A copied to the clipboard."));
    });
    connect(copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_versionsUrl->text());
        m_copied->setText(tr("Versions URL copied to the clipboard."));
    });
    resize(qMax(560, sizeHint().width()), sizeHint().height());
}

InviteDialog::~InviteDialog()
{
    m_token->clear();
}

QPushButton *InviteDialog::closeButton() const
{
    return m_buttons->button(hasInvited() ? QDialogButtonBox::Close : QDialogButtonBox::Cancel);
}

QString InviteDialog::versionsUrlText() const
{
    return m_versionsUrl->text();
}

QString InviteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InviteDialog::invite()
{
    if (m_partnerId != 0 || !m_invite->isEnabled())
        return; // one invitation per dialog: a second click must not issue a second token
    m_invite->setEnabled(false);
    m_name->setEnabled(false);
    m_error->hide();
    m_partners.invite(m_name->text(), this, [this](Result<PartnerController::Invitation> invitation) {
        if (!invitation) {
            m_error->setText(tr("The invitation failed: %1").arg(invitation.error().message));
            m_error->show();
            m_invite->setEnabled(true);
            m_name->setEnabled(true);
            return;
        }
        m_partnerId = invitation->partnerId;
        m_token->setText(invitation->token);
        m_token->setCursorPosition(0);
        m_versionsUrl->setText(m_partners.versionsUrl());
        m_validUntil->setText(PartnersModel::formatTime(invitation->expiresAt));
        m_result->show();
        // Grow for the token box, which was hidden when the dialog was sized.
        resize(width(), qMax(height(), sizeHint().height()));
        m_buttons->setStandardButtons(QDialogButtonBox::Close); // rejects: the invitation stays either way
        m_copyToken->setFocus();
        emit invited(m_partnerId);
    });
}

void InviteDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog would press a default button on Enter (once Invite is disabled, that is Cancel) and
    // reject on Escape: either loses the token, which is shown only once. Enter invites, and once
    // the token is shown only the Close button (or the window's own close) ends the dialog.
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        invite();
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape && (hasInvited() || !m_invite->isEnabled())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void InviteDialog::done(int result)
{
    // Shown once: nothing of the token stays in a widget once the operator has closed the window.
    m_token->clear();
    QDialog::done(result);
}

} // namespace ocpi
