#include "registerwizard.h"

#include "partnercontroller.h"

#include "modules/credentials/registrationclient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizardPage>

#include <algorithm>

namespace ocpi {

// Page 1: what the partner handed over.
class RegisterDetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RegisterDetailsPage(QWidget *parent = nullptr) : QWizardPage(parent)
    {
        setTitle(tr("Partner"));
        setSubTitle(tr("Enter the versions URL and the registration token (token A) the partner gave you."));
        m_versionsUrl = new QLineEdit(this);
        m_versionsUrl->setPlaceholderText(QStringLiteral("https://partner.example.com/ocpi/versions"));
        m_token = new QLineEdit(this);
        m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        m_name = new QLineEdit(this);
        m_name->setPlaceholderText(tr("optional: else the partner's business name"));
        m_encoding = new QComboBox(this);
        m_encoding->addItem(tr("Automatic"), int(EncodingSetting::Auto));
        m_encoding->addItem(tr("Base64"), int(EncodingSetting::Base64));
        m_encoding->addItem(tr("Raw"), int(EncodingSetting::Raw));
        m_encoding->setToolTip(tr("How to write tokens to this partner. Automatic tries Base64 (OCPI 2.2.1) and "
                                  "falls back to raw for older implementations."));
        m_hint = new QLabel(this);
        m_hint->setWordWrap(true);

        auto *form = new QFormLayout(this);
        form->addRow(tr("Versions URL:"), m_versionsUrl);
        form->addRow(tr("Token A:"), m_token);
        form->addRow(tr("Name:"), m_name);
        form->addRow(tr("Token encoding:"), m_encoding);
        form->addRow(m_hint);
        for (QLineEdit *edit : {m_versionsUrl, m_token})
            connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
        connect(this, &QWizardPage::completeChanged, this, [this] { m_hint->setText(problem()); });
    }

    RegistrationClient::Registration registration() const
    {
        // Pasted values often carry a stray space or line break.
        return {m_versionsUrl->text().trimmed(), m_token->text().trimmed(), m_name->text().trimmed(),
                EncodingSetting(m_encoding->currentData().toInt())};
    }

    // Empty when the input can be sent.
    QString problem() const
    {
        const RegistrationClient::Registration input = registration();
        if (input.versionsUrl.isEmpty() || input.tokenA.isEmpty())
            return QString();
        const QUrl url(input.versionsUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("The versions URL must be an http or https URL.");
        // CRED-02: printable ASCII without spaces, at most 64 characters.
        const bool printable = std::all_of(input.tokenA.cbegin(), input.tokenA.cend(),
                                           [](QChar c) { return c.unicode() >= 0x21 && c.unicode() <= 0x7E; });
        if (!printable || input.tokenA.size() > 64)
            return tr("A token has at most 64 printable characters and no spaces.");
        return QString();
    }

    bool isComplete() const override
    {
        const RegistrationClient::Registration input = registration();
        return !input.versionsUrl.isEmpty() && !input.tokenA.isEmpty() && problem().isEmpty();
    }

    QLineEdit *m_versionsUrl;
    QLineEdit *m_token;
    QLineEdit *m_name;
    QComboBox *m_encoding;
    QLabel *m_hint;
};

// Page 2: the handshake and its outcome.
class RegisterProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    RegisterProgressPage(PartnerController &partners, RegisterDetailsPage *details, QWidget *parent = nullptr)
        : QWizardPage(parent), m_partners(partners), m_details(details)
    {
        setTitle(tr("Registration"));
        setFinalPage(true);
        m_status = new QLabel(this);
        m_status->setWordWrap(true);
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_busy = new QProgressBar(this);
        m_busy->setRange(0, 0);
        m_summary = new QPlainTextEdit(this);
        m_summary->setReadOnly(true);
        m_summary->setAccessibleName(tr("The registered partner's parties and endpoints"));
        m_summary->setLineWrapMode(QPlainTextEdit::NoWrap);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_status);
        layout->addWidget(m_busy);
        layout->addWidget(m_summary, 1);
        layout->addStretch(); // keeps the status at the top while the summary is hidden
    }

    void initializePage() override
    {
        const RegistrationClient::Registration registration = m_details->registration();
        m_running = true;
        m_succeeded = false;
        ++m_attempt;
        setSubTitle(tr("Exchanging credentials with the partner; this window stays usable meanwhile."));
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Registering with %1…").arg(registration.versionsUrl));
        m_busy->show();
        m_summary->clear();
        m_summary->hide();
        // No way back while the handshake runs: a second attempt would race the first.
        m_details->setCommitPage(true);
        emit completeChanged();

        // A later attempt (after Back) makes the answers of an earlier one stale.
        const int attempt = m_attempt;
        m_partners.registerWith(registration, this, [this, attempt](Result<Partner> result) {
            if (attempt == m_attempt)
                finish(result);
        });
    }

    bool isComplete() const override { return !m_running; }

    void finish(const Result<Partner> &result)
    {
        m_running = false;
        m_busy->hide();
        if (result) {
            m_succeeded = true;
            setSubTitle(tr("The partner's parties and endpoints are stored; it is listed on the Partners page."));
            m_status->setText(tr("Registered with %1.").arg(result->label()));
            m_summary->setPlainText(describe(*result));
            m_summary->show();
        } else {
            m_status->setStyleSheet(QStringLiteral("color: #b02020"));
            m_status->setText(tr("The registration failed: %1").arg(result.error().message));
            setSubTitle(tr("Go back to correct the input, or close the wizard."));
            m_details->setCommitPage(false);
        }
        emit completeChanged();
        if (result)
            emit static_cast<RegisterWizard *>(wizard())->registered(*result);
    }

    static QString describe(const Partner &partner)
    {
        QStringList lines{tr("Parties:")};
        for (const PartnerRole &role : partner.roles) {
            lines << QStringLiteral("  %1 %2  %3")
                         .arg(role.party.party.toString(), roleName(role.party.role), role.business.name);
        }
        lines << tr("Version: %1").arg(partner.version) << tr("Endpoints:");
        for (const PartnerEndpoint &endpoint : partner.endpoints)
            lines << QStringLiteral("  %1 %2  %3").arg(endpoint.identifier, endpoint.role, endpoint.url);
        return lines.join(QLatin1Char('\n'));
    }

    PartnerController &m_partners;
    RegisterDetailsPage *m_details;
    QLabel *m_status;
    QProgressBar *m_busy;
    QPlainTextEdit *m_summary;
    bool m_running = false;
    bool m_succeeded = false;
    int m_attempt = 0;
};

RegisterWizard::RegisterWizard(PartnerController &partners, QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Register with a partner"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_details = new RegisterDetailsPage(this);
    m_progress = new RegisterProgressPage(partners, m_details, this);
    setPage(DetailsPageId, m_details);
    setPage(ProgressPageId, m_progress);
    setStartId(DetailsPageId);
    resize(640, 480);
}

QLineEdit *RegisterWizard::versionsUrlEdit() const
{
    return m_details->m_versionsUrl;
}

QLineEdit *RegisterWizard::tokenEdit() const
{
    return m_details->m_token;
}

QLineEdit *RegisterWizard::nameEdit() const
{
    return m_details->m_name;
}

QComboBox *RegisterWizard::encodingCombo() const
{
    return m_details->m_encoding;
}

bool RegisterWizard::isRunning() const
{
    return m_progress->m_running;
}

bool RegisterWizard::hasSucceeded() const
{
    return m_progress->m_succeeded;
}

QString RegisterWizard::outcomeText() const
{
    return m_progress->m_running ? QString() : m_progress->m_status->text();
}

QString RegisterWizard::partnerSummary() const
{
    return m_progress->m_succeeded ? m_progress->m_summary->toPlainText() : QString();
}

} // namespace ocpi

#include "registerwizard.moc"
